import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('renders the product name and pitch', async () => {
    const page = await browser.newPage();
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Bridgeway');
    await expect(page.getByText('South Korea and Cambodia').first().isVisible()).resolves.toBe(true);
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/home.png', fullPage: true });
    await page.close();
  });
});

describe('GET /api/health', () => {
  it('is ok with a real database behind it', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/api/health`);
    expect(response?.status()).toBe(200);
    const body = await response?.json();
    expect(body).toMatchObject({ status: 'ok', db: 'ok' });
    expect(typeof body.version).toBe('string');
    await page.close();
  });
});

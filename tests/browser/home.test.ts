import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { closePage, openPage } from './support/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('redirects / to a locale and renders the product name and pitch', async () => {
    const page = await openPage(browser);
    const response = await page.goto(baseUrl);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/en');
    await expect(page.locator('.brand__name').textContent()).resolves.toBe('Bridgeway');
    await expect(page.locator('h1').textContent()).resolves.toContain('Korea and Cambodia');
    await closePage(page);
  });

  it('negotiates the locale from Accept-Language', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', extraHTTPHeaders: { 'Accept-Language': 'ko-KR,ko;q=0.9,en;q=0.5' } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    expect(new URL(page.url()).pathname).toBe('/ko');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await context.close();
  });

  it('shows destination cards for the chosen direction', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en`);
    const cards = page.getByTestId('destination-cards').locator('.destination-card');

    await page.getByRole('link', { name: /Cambodia → Korea/ }).click();
    await page.waitForURL(/direction=to-korea/);
    await expect(page.getByRole('heading', { name: 'Where to go in South Korea' }).isVisible()).resolves.toBe(true);
    const korean = await cards.locator('.destination-card__name').allTextContents();
    expect(korean).toEqual(expect.arrayContaining(['Seoul', 'Gyeongju']));
    await expect(page.getByRole('link', { name: /Cambodia → Korea/ }).getAttribute('aria-current')).resolves.toBe('true');
    // Each card names a best season and links to its explorer.
    await expect(cards.first().getByText('Best time').isVisible()).resolves.toBe(true);
    await expect(cards.first().locator('a').getAttribute('href')).resolves.toMatch(/^\/en\/destinations\/[a-z-]+$/);

    await page.getByRole('link', { name: /Korea → Cambodia/ }).click();
    await page.waitForURL(/direction=to-cambodia/);
    await expect(cards.locator('.destination-card__name').allTextContents()).resolves.toEqual(expect.arrayContaining(['Phnom Penh']));
    await closePage(page);
  });

  it('switches to Khmer on the same page', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/destinations`);
    await page.locator('.lang-switcher__summary').click();
    await page.getByRole('link', { name: 'ខ្មែរ' }).click();
    await page.waitForURL(/\/km\/destinations$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('km');
    await expect(page.locator('h1').textContent()).resolves.toBe('គោលដៅ');
    // The visible text is Khmer; Latin letters appear only in names (Bridgeway, OpenStreetMap…).
    const text = (await page.locator('main').innerText()).replace(/Bridgeway|OpenStreetMap|Natural Earth/g, '');
    expect(text).toMatch(/[\u1780-\u17FF]/);
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
    await closePage(page);
  });

  it('answers unknown pages with the translated not-found page', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${baseUrl}/ko/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('페이지를 찾을 수 없습니다');
    await closePage(page);
  });
});

describe('GET /api/health', () => {
  it('is ok with a real database behind it', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${baseUrl}/api/health`);
    expect(response?.status()).toBe(200);
    const body = await response?.json();
    expect(body).toMatchObject({ status: 'ok', db: 'ok' });
    expect(typeof body.version).toBe('string');
    await closePage(page);
  });
});

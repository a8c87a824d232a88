/**
 * Saves the reference screenshots in docs/screenshots/ (desktop 1280×800 and phone 390×844) for
 * review; they are overwritten on every run. The map shows the offline outlines (no tiles in tests).
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { closePage, DESKTOP, openPage, PHONE, waitForMap } from './support/pages';

const baseUrl = inject('baseUrl');
const DIR = 'docs/screenshots';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = [
  { name: 'home-en', path: '/en', map: false },
  { name: 'home-km', path: '/km', map: false },
  { name: 'destination-ko', path: '/ko/destinations/seoul', map: true },
];

describe('screenshots', () => {
  for (const { name, path, map } of SHOTS) {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`${name} (${device})`, async () => {
        const page = await openPage(browser, viewport);
        await page.goto(`${baseUrl}${path}`);
        await page.evaluate(() => document.fonts.ready);
        if (map) {
          await waitForMap(page);
          await page.locator('.place-list__item').nth(1).click();
          await page.locator('.place-panel').waitFor();
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(300);
        // Nothing may stick out sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
        await page.screenshot({ path: `${DIR}/${name}-${device}.png`, fullPage: true });
        await closePage(page);
      });
    }
  }
});

import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { closePage, DESKTOP, openPage, PHONE, waitForMap } from './support/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  { path: '/en', map: false },
  { path: '/km', map: false },
  { path: '/en/destinations', map: false },
  { path: '/ko/destinations/seoul', map: true },
  { path: '/en/destinations/siem-reap', map: true },
];

const PLAN = '/en/plan?direction=to-korea&start=2027-10-11&days=5&adults=2&children=1';

describe('accessibility (axe-core)', () => {
  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`the itinerary page on ${device} has no serious or critical violations`, async () => {
      const page = await openPage(browser, viewport);
      await page.goto(`${baseUrl}${PLAN}`);
      if (device === 'desktop') {
        await waitForMap(page);
        await page.getByTestId('timeline-visit').first().getByRole('button').click();
      }
      const check = async () => {
        const results = await new AxeBuilder({ page }).analyze();
        return results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      };
      expect(await check()).toEqual([]);
      if (device === 'phone') {
        // The map tab too.
        await page.getByRole('tab', { name: 'Map' }).click();
        await waitForMap(page);
        expect(await check()).toEqual([]);
      }
      await closePage(page);
    });
  }


  for (const { path, map } of PAGES) {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`${path} on ${device} has no serious or critical violations`, async () => {
        const page = await openPage(browser, viewport);
        await page.goto(`${baseUrl}${path}`);
        if (map) {
          await waitForMap(page);
          // Check the open place panel too.
          await page.locator('.place-list__item').first().click();
        }
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(serious).toEqual([]);
        await closePage(page);
      });
    }
  }
});

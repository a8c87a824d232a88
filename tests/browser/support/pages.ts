/**
 * Page helpers for the browser tests: fixed viewports, and no tile server (CI has no internet, and
 * the map must stay useful without tiles, which is exactly what the tests then see).
 */
import type { Browser, Page } from 'playwright-core';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A fresh page (own storage) whose map tile requests fail fast, as they do offline. */
export async function openPage(browser: Browser, viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.route(/tile\.openstreetmap\.org|\{s\}\.tile\./, (route) => route.abort('internetdisconnected'));
  return page;
}

/** Closes the page with its context. */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Waits until the lazily loaded map has drawn its markers and the offline outlines. */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('.map-view .leaflet-marker-icon').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.map-view .leaflet-bridgeway-base-pane path').first().waitFor({ state: 'attached', timeout: 15_000 });
}

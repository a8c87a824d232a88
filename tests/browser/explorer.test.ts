import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { closePage, openPage, waitForMap } from './support/pages';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('destination explorer', () => {
  it('shows one marker per listed place, before and after filtering', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/destinations/siem-reap`);
    await waitForMap(page);
    const markers = page.locator('.map-view .leaflet-marker-icon');
    const rows = page.locator('.place-list__item');

    const all = await rows.count();
    expect(all).toBeGreaterThanOrEqual(15);
    await expect(markers.count()).resolves.toBe(all);

    const chips = page.getByRole('group', { name: 'Filter by category' });
    await chips.getByRole('button', { name: /Temples/ }).click();
    await expect.poll(() => rows.count()).toBeLessThan(all);
    const temples = await rows.count();
    expect(temples).toBeGreaterThan(0);
    await expect.poll(() => markers.count()).toBe(temples);
    await expect(page.getByText(`${temples} places shown`).isVisible()).resolves.toBe(true);
    await closePage(page);
  });

  it('links list and map selection, and keeps must-see places in localStorage', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/destinations/siem-reap`);
    await waitForMap(page);

    // List → map: the second row's marker becomes the selected pin.
    const second = page.locator('.place-list__item').nth(1);
    const name = (await second.locator('.place-list__name').textContent()) ?? '';
    await second.click();
    await expect(page.locator('.map-pin--selected .map-pin__label').textContent()).resolves.toBe('2');
    await expect(page.getByRole('article', { name }).isVisible()).resolves.toBe(true);

    // Map → list, by keyboard: focus the third marker, press Enter, and the third row is selected.
    await page.locator('.map-view .leaflet-marker-icon').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.place-list__item').nth(2).getAttribute('aria-pressed')).resolves.toBe('true');

    await page.getByRole('button', { name: /Add to must-see/ }).click();
    const count = () => page.getByTestId('must-see-count').textContent();
    await expect.poll(count).toContain('1 must-see place saved');
    // Kept across reloads (the server renders 0; the client reads localStorage after hydration).
    await page.reload();
    await expect.poll(count).toContain('1 must-see place saved');

    // The home page's planner offers it, by name (fetched from /api/places/{id}), ticked.
    await page.goto(`${baseUrl}/en`);
    const must = page.locator('.planner input[name="must"]');
    await expect.poll(() => must.count()).toBe(1);
    await expect(must.isChecked()).resolves.toBe(true);
    await expect.poll(count).toContain('1 place will be planned first');
    await closePage(page);
  });

  it('draws the map from bundled outlines with no broken tile images', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/destinations/seoul`);
    await waitForMap(page);
    await page.waitForTimeout(500);
    const broken = await page.locator('.map-view img.leaflet-tile').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).filter((img) => img.complete && img.naturalWidth === 0 && getComputedStyle(img).visibility !== 'hidden').length,
    );
    expect(broken).toBe(0);
    // No default Leaflet marker images (their URLs break under bundlers).
    await expect(page.locator('.map-view img.leaflet-marker-icon').count()).resolves.toBe(0);
    await closePage(page);
  });

  it('answers an unknown destination with the translated not-found page', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${baseUrl}/km/destinations/atlantis`);
    // A real 404 status, not a 200 page that merely says "not found".
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('យើងរកមិនឃើញទំព័រនោះទេ');
    await closePage(page);
  });
});

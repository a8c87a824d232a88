import type { Browser, Page } from 'playwright-core';
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

const visits = (page: Page) => page.getByTestId('timeline-visit');
/** Numbered stop pins only (the square stay-area pins are not visits). */
const stopMarkers = (page: Page) => page.locator('.map-view .leaflet-marker-icon:not(.map-pin-host--stay)');

/** The map shows exactly one numbered pin per visit in the timeline, for "all days" and for one day. */
async function expectMarkersMatchTimeline(page: Page, day: number) {
  await waitForMap(page);
  await expect(page.getByTestId('day-all').getAttribute('aria-pressed')).resolves.toBe('true');
  const all = await visits(page).count();
  expect(all).toBeGreaterThan(5);
  await expect.poll(() => stopMarkers(page).count()).toBe(all);
  await expect(page.getByTestId('summary-places').textContent()).resolves.toBe(String(all));

  await page.getByTestId(`day-${day}`).click();
  const today = await visits(page).count();
  expect(today).toBeGreaterThan(0);
  expect(today).toBeLessThan(all);
  await expect.poll(() => stopMarkers(page).count()).toBe(today);
  await expect(page.locator('.map-pin__label').first().textContent()).resolves.toBe('1');
}

describe('trip planner', () => {
  it('plans Korea → Cambodia with one click on the home page defaults', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en`);
    // The form goes straight to the plan page, which plans on the server: no planning call from the browser.
    const planningCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/itineraries')) planningCalls.push(request.url());
    });
    await page.getByRole('button', { name: 'Plan my trip' }).click();
    await page.waitForURL(/\/en\/plan\?direction=to-cambodia&start=\d{4}-\d{2}-\d{2}&days=5&dest=phnom-penh&dest=siem-reap/);
    expect(planningCalls).toEqual([]);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Phnom Penh.*Siem Reap/);
    await expectMarkersMatchTimeline(page, 3);

    // Flights show both local times with their zones.
    await page.getByTestId('day-all').click();
    const outbound = page.getByTestId('timeline-flight').first();
    await expect(outbound.textContent()).resolves.toMatch(/Departs.*Korea time \(UTC\+9\).*Arrives.*Cambodia time \(UTC\+7\)/);

    // Costs switch currency; warnings come from the planner.
    await expect(page.getByTestId('cost-total').textContent()).resolves.toMatch(/^\$[\d,]+/);
    await page.locator('.currency-switch').getByText('KRW').click();
    await expect(page.getByTestId('cost-total').textContent()).resolves.toMatch(/₩[\d,]+/);
    await expect(page.getByText(/Entry to Cambodia/).isVisible()).resolves.toBe(true);

    // A reload plans the same trip again from the URL.
    const title = await page.locator('h1').textContent();
    const count = await visits(page).count();
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await expect(visits(page).count()).resolves.toBe(count);
    await closePage(page);
  });

  it('plans Cambodia → Korea with changed options, and links timeline and map selection', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en?direction=to-korea`);
    const form = page.locator('form.planner');
    await form.getByLabel('Days').fill('6');
    await form.getByRole('checkbox', { name: 'Jeju' }).uncheck({ force: true });
    await form.getByText('Packed', { exact: true }).click();
    await form.getByText('Food', { exact: true }).click();
    await form.getByText('History', { exact: true }).click();
    await form.getByRole('button', { name: 'Plan my trip' }).click();
    await page.waitForURL(/\/en\/plan\?direction=to-korea&.*days=6&dest=seoul&dest=gyeongju&.*pace=packed&.*like=food&like=history/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Seoul/);
    await expect(page.locator('h1').textContent()).resolves.not.toMatch(/Jeju/);
    await expectMarkersMatchTimeline(page, 2);

    // Timeline → map: choosing the second visit highlights pin 2.
    await visits(page).nth(1).getByRole('button').click();
    await expect(page.locator('.map-pin--selected .map-pin__label').textContent()).resolves.toBe('2');
    // Map → timeline, by keyboard: the first pin selects the first visit.
    await stopMarkers(page).first().focus();
    await page.keyboard.press('Enter');
    await expect(visits(page).first().getByRole('button').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.map-pin--selected .map-pin__label').textContent()).resolves.toBe('1');

    // The KH → KR overnight flight lands the next day.
    await page.getByTestId('day-all').click();
    await expect(page.getByTestId('timeline-flight').first().textContent()).resolves.toMatch(/Cambodia time \(UTC\+7\).*Korea time \(UTC\+9\)\s*\+1/);
    await closePage(page);
  });

  it('marks a value the planner would refuse next to its field, and stays on the form', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en`);
    const days = page.locator('form.planner').getByLabel('Days');
    await days.fill('30');
    await page.getByRole('button', { name: 'Plan my trip' }).click();
    await page.getByText(/Choose between 1 and 21 days/).waitFor();
    await expect(days.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(new URL(page.url()).pathname).toBe('/en');
    await closePage(page);
  });

  it('switches the itinerary to Khmer, keeping the trip', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/plan?direction=to-cambodia&start=2026-12-14&days=4&dest=siem-reap`);
    await page.locator('.lang-switcher__summary').click();
    await page.getByRole('link', { name: 'ខ្មែរ' }).click();
    await page.waitForURL(/\/km\/plan\?direction=to-cambodia&start=2026-12-14&days=4&dest=siem-reap$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('km');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/[\u1780-\u17FF]/);
    await expect(page.getByRole('button', { name: 'គ្រប់ថ្ងៃ' }).first().isVisible()).resolves.toBe(true);
    // Place names, descriptions and warnings come translated from the data and the planner.
    const timeline = await page.locator('.timeline').innerText();
    expect(timeline).toMatch(/[\u1780-\u17FF]{4}/);
    const notes = await page.locator('.trip-notes').innerText();
    expect(notes).toMatch(/[\u1780-\u17FF]{4}/);
    await closePage(page);
  });

  it('answers a far-off start date with what to fix, at once', async () => {
    const page = await openPage(browser);
    const response = await page.goto(`${baseUrl}/en/plan?direction=to-cambodia&start=9999-06-01&days=5&dest=siem-reap`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('We could not plan this trip');
    await expect(page.getByText('Choose a departure date from 2026-12-03 to 2028-12-03.').isVisible()).resolves.toBe(true);
    await closePage(page);
  });

  it('answers an unplannable URL with what to fix, not a blank page', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/plan?direction=to-cambodia&start=2026-12-14&days=40`);
    await expect(page.locator('h1').textContent()).resolves.toBe('We could not plan this trip');
    await expect(page.getByText(/Choose between 1 and 21 days/).isVisible()).resolves.toBe(true);
    await closePage(page);
  });
});

/**
 * Exports through the UI (issue #8): the Export menu downloads each format with the server's file
 * name, and the files parse; an agency made on the settings page brands a PDF.
 */
import AxeBuilder from '@axe-core/playwright';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { solidPng } from '../app/api/png-fixture';
import { launchBrowser } from './support/browser';
import { closePage, openPage, PHONE } from './support/pages';

const baseUrl = inject('baseUrl');
const PLAN = '/en/plan?direction=to-korea&start=2026-12-20&days=5&dest=seoul&dest=jeju&adults=2';
const SCREENSHOTS = 'docs/screenshots';
const AGENCY_NAME = 'Mekong Lotus Travel';
/** `YYYY-MM-DD-slug(-slug…).ext`, as the export routes name files. */
const fileNamePattern = (ext: string) => new RegExp(`^2026-12-20-[a-z0-9]+(-[a-z0-9]+)*\\.${ext}$`);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openPlan(page: Page) {
  await page.goto(`${baseUrl}${PLAN}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Opens the menu; retried because a click before hydration does nothing (the menu is server-rendered, hidden). */
async function openExportMenu(page: Page, how: 'click' | 'keyboard' = 'click') {
  const button = page.getByRole('button', { name: 'Export' });
  await expect
    .poll(async () => {
      if ((await button.getAttribute('aria-expanded')) !== 'true') {
        if (how === 'click') await button.click();
        else {
          await button.focus();
          await page.keyboard.press('ArrowDown');
        }
      }
      return button.getAttribute('aria-expanded');
    })
    .toBe('true');
  await page.getByRole('menu').waitFor();
}

/** The focused element's accessible label text (the menu item's label, not the whole page). */
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.querySelector('.export-menu__label')?.textContent ?? document.activeElement?.tagName);

/** Clicks the format's menu item and returns the download with its bytes. */
async function download(page: Page, label: RegExp): Promise<{ download: Download; bytes: Buffer }> {
  await openExportMenu(page);
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('menuitem', { name: label }).click()]);
  const path = await file.path();
  return { download: file, bytes: fs.readFileSync(path) };
}

function pdfText(bytes: Buffer): string {
  const path = `${fs.mkdtempSync('/tmp/bridgeway-pdf-')}/export.pdf`;
  fs.writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

describe('exports from the itinerary page', () => {
  it('downloads calendar, spreadsheet, GPX and PDF files that parse', { timeout: 90_000 }, async () => {
    const page = await openPage(browser);
    await openPlan(page);

    const ics = await download(page, /Calendar/);
    expect(ics.download.suggestedFilename()).toMatch(fileNamePattern('ics'));
    expect(ics.bytes.length).toBeGreaterThan(0);
    const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);

    const csv = await download(page, /Spreadsheet/);
    expect(csv.download.suggestedFilename()).toMatch(fileNamePattern('csv'));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8'), { bom: true }) as string[][];
    expect(rows.length).toBeGreaterThan(1);

    const gpx = await download(page, /GPX/);
    expect(gpx.download.suggestedFilename()).toMatch(fileNamePattern('gpx'));
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'wpt' }).parse(gpx.bytes.toString('utf8')) as { gpx?: { wpt?: unknown[] } };
    expect(xml.gpx?.wpt?.length ?? 0).toBeGreaterThan(0);

    const pdf = await download(page, /PDF/);
    expect(pdf.download.suggestedFilename()).toMatch(fileNamePattern('pdf'));
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf.bytes)).toContain('Day 1');

    // The status line names the last file; nothing failed.
    await expect(page.locator('.export-menu__status').textContent()).resolves.toContain(pdf.download.suggestedFilename());
    await expect(page.locator('.export-menu__errors').count()).resolves.toBe(0);
    await closePage(page);
  });
});

describe('the export menu', () => {
  it('is a valid menu on a phone, opened from the keyboard, with no serious axe violations', async () => {
    const page = await openPage(browser, PHONE);
    await openPlan(page);
    await openExportMenu(page, 'keyboard');
    await expect(focusedLabel(page)).resolves.toBe('PDF');
    await page.keyboard.press('ArrowDown');
    await expect(focusedLabel(page)).resolves.toBe('Calendar (.ics)');
    await page.keyboard.press('End');
    await expect(focusedLabel(page)).resolves.toBe('JSON');
    // The sheet fits the screen.
    const box = await page.locator('.export-menu__panel').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height).toBe(true);
    const results = await new AxeBuilder({ page }).include('.export-menu').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/export-menu-en-phone.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Export/);
    await closePage(page);
  });
});

describe('agency branding', () => {
  it('creates an agency with a logo on the settings page and brands a PDF with it', { timeout: 90_000 }, async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en`);
    await page.getByRole('link', { name: 'For travel agencies' }).click();
    await page.waitForURL(/\/en\/agency$/);

    await page.getByLabel('Agency name').fill(AGENCY_NAME);
    await page.getByLabel('Contact line').fill('+855 23 555 0100 · hello@mekonglotus.example');
    await page.getByLabel('Accent colour').fill('#9c2f1a');
    await page.getByLabel('Default note').fill('Prices are per person and include entrance fees.');
    await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(32, 32, [156, 47, 26]) });
    await page.getByAltText('Logo preview').waitFor();
    await expect(page.getByTestId('agency-preview').textContent()).resolves.toContain(AGENCY_NAME);
    await page.getByRole('button', { name: 'Create profile' }).click();
    await page.getByRole('heading', { name: `Edit “${AGENCY_NAME}”` }).waitFor();
    await expect(page.getByTestId('agency-saved-list').textContent()).resolves.toContain(AGENCY_NAME);
    // The stored logo comes back from the server.
    await expect.poll(() => page.getByAltText('Logo preview').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(32);

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(serious).toEqual([]);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/agency-en-desktop.png`, fullPage: true });

    // Same browser profile: the export menu offers the agency.
    await openPlan(page);
    await openExportMenu(page);
    const brand = page.getByLabel('Brand with');
    await brand.selectOption({ label: AGENCY_NAME });
    await page.getByRole('menuitem', { name: /PDF/ }).focus();
    await page.screenshot({ path: `${SCREENSHOTS}/export-menu-en-desktop.png` });
    const pdf = await download(page, /PDF/);
    expect(pdf.download.suggestedFilename()).toMatch(fileNamePattern('pdf'));
    const text = pdfText(pdf.bytes);
    expect(text).toContain(AGENCY_NAME);
    expect(text).toContain('Day 1');
    await closePage(page);
  });

  it('shows the settings page in Khmer on a phone, with no serious axe violations', async () => {
    const page = await openPage(browser, PHONE);
    await page.goto(`${baseUrl}/km/agency`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('ឈ្មោះភ្នាក់ងារ').fill('ទេសចរណ៍មេគង្គ');
    await expect(page.getByTestId('agency-preview').textContent()).resolves.toContain('ទេសចរណ៍មេគង្គ');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/agency-km-phone.png`, fullPage: true });
    await closePage(page);
  });

  it('refuses an oversized logo on the page before uploading', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/agency`);
    let uploads = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/agencies')) uploads++;
    });
    await page.getByLabel('Logo').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.concat([solidPng(32, 32), Buffer.alloc(600 * 1024)]) });
    await expect(page.getByTestId('agency-logo-error').textContent()).resolves.toMatch(/limit is 512 KiB/);
    expect(uploads).toBe(0);
    await closePage(page);
  });
});

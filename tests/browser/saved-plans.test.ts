/**
 * Saved plans end to end: "Save & share" on a planned trip, the read-only view link in a fresh
 * browser (also without JavaScript), editing through the edit link, the change showing on the view
 * link, a stale edit in a second tab (reload dialog, nothing overwritten), and My plans.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { closePage, DESKTOP, openPage, PHONE, waitForMap } from './support/pages';

const baseUrl = inject('baseUrl');
const PLAN_KH = 'direction=to-cambodia&start=2026-12-14&days=5&dest=phnom-penh&dest=siem-reap&adults=2&children=0&pace=balanced&budget=mid';
const SHOTS = 'docs/screenshots';

let browser: Browser;
/** The owner's browser (saved the plan, holds the edit link). */
let owner: Page;
let viewLink = '';
let editLink = '';
let planId = '';
let title = '';

beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  if (owner) await closePage(owner);
  await browser?.close();
});

const visits = (page: Page) => page.getByTestId('timeline-visit');
/** A visit's name as the timeline shows it, without the hidden "1." prefix. */
const visitName = async (page: Page, index: number) => ((await visits(page).nth(index).locator('.tl-item__name').textContent()) ?? '').replace(/^\s*\d+\.\s*/, '').trim();
const visitNames = async (page: Page) => (await visits(page).locator('.tl-item__name').allTextContents()).map((t) => t.replace(/^\s*\d+\.\s*/, '').trim());
const revisionBadge = (page: Page) => page.getByTestId('current-revision');
/** Serious or critical axe-core violations on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('saved plans', () => {
  it('saves a planned trip with "Save & share" and shows the view and edit links', { timeout: 60_000 }, async () => {
    owner = await openPage(browser);
    await owner.goto(`${baseUrl}/en/plan?${PLAN_KH}`);
    title = (await owner.locator('h1').textContent()) ?? '';
    await waitForMap(owner); // the client-only map is drawn: the page is hydrated and its buttons work
    await owner.getByTestId('save-share').click();
    await owner.getByTestId('save-share-panel').waitFor();
    viewLink = await owner.getByTestId('view-link').inputValue();
    editLink = await owner.getByTestId('edit-link').inputValue();
    expect(viewLink).toMatch(new RegExp(`^${baseUrl}/p/[A-Za-z0-9_-]{22}$`));
    expect(editLink).toMatch(new RegExp(`^${baseUrl}/p/[A-Za-z0-9_-]{22}/edit#token=[A-Za-z0-9_-]{43}$`));
    planId = viewLink.split('/p/')[1] ?? '';
    await expect(owner.getByText(/Keep it to yourself/).isVisible()).resolves.toBe(true);
    expect(await axeProblems(owner)).toEqual([]);
    // Remembered in My plans, with its edit token.
    const stored = await owner.evaluate(() => JSON.parse(localStorage.getItem('bridgeway.myPlans') ?? '[]'));
    expect(stored).toMatchObject([{ id: planId, title, origin: 'created', token: editLink.split('#token=')[1] }]);
  });

  it('opens the view link read-only in a fresh browser, with link-preview meta', async () => {
    const page = await openPage(browser);
    await page.goto(viewLink);
    await page.waitForURL(`${baseUrl}/en/p/${planId}`); // the proxy adds the locale
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(await visits(page).count()).toBeGreaterThan(5);
    await expect(page.getByTestId('visit-controls').count()).resolves.toBe(0);
    await expect(page.getByTestId('plan-editor').count()).resolves.toBe(0);
    await expect(page.getByTestId('owner-edit-link').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Remove/ }).count()).resolves.toBe(0);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(title);
    await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe('summary');
    await expect(page.locator('meta[property="og:description"]').getAttribute('content')).resolves.toMatch(/Dec.*2026.*Phnom Penh.*Siem Reap|Dec.*2026.*Siem Reap.*Phnom Penh/);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SHOTS}/saved-plan-view-desktop.png`, fullPage: false });
    expect(await axeProblems(page)).toEqual([]);

    // Without the edit link the edit page offers no controls.
    await page.goto(`${baseUrl}/en/p/${planId}/edit`);
    await page.getByTestId('need-edit-link').waitFor();
    await expect(page.getByTestId('plan-editor').count()).resolves.toBe(0);
    await closePage(page);
  });

  it('serves the timeline in the HTML, for readers without JavaScript, in the page language', async () => {
    const firstVisit = await (async () => {
      const page = await openPage(browser);
      await page.goto(`${baseUrl}/en/p/${planId}`);
      const name = await visitName(page, 0);
      await closePage(page);
      return name;
    })();
    const html = await (await fetch(`${baseUrl}/en/p/${planId}`)).text();
    expect(html).toContain('data-testid="timeline-visit"');
    expect(html).toContain(firstVisit.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
    expect(html).toContain(`<meta property="og:title" content="`);
    // The Korean page re-plans the stored English request in Korean.
    const ko = await (await fetch(`${baseUrl}/ko/p/${planId}`)).text();
    expect(ko).toMatch(/<html lang="ko"/);
    expect(ko).toMatch(/[\uac00-\ud7a3]/);
    expect((await fetch(`${baseUrl}/en/p/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
  });

  it('edits through the edit link, and the view link shows the change', async () => {
    await owner.goto(editLink);
    await owner.locator('[data-testid="plan-editor"][data-hydrated="true"]').waitFor({ timeout: 20_000 });
    expect(owner.url()).toBe(`${baseUrl}/en/p/${planId}/edit`); // the token left the address bar
    await expect(revisionBadge(owner).textContent()).resolves.toBe('Revision 1');
    const removed = await visitName(owner, 0);
    await visits(owner).first().getByTestId('remove-place').click();
    await expect.poll(() => revisionBadge(owner).textContent(), { timeout: 15_000 }).toBe('Revision 2');
    await expect.poll(() => visitNames(owner)).not.toContain(removed);
    // The revision names the place, not its id.
    await expect(owner.getByTestId('revisions').textContent()).resolves.toContain(`Revision 2 · Removed ${removed} ·`);
    // The save refreshes the server render; scan the page it settles on (mid-refresh the head is being replaced).
    await owner.waitForLoadState('networkidle');
    expect(await axeProblems(owner)).toEqual([]);

    const reader = await openPage(browser);
    await reader.goto(`${baseUrl}/en/p/${planId}`);
    expect(await visits(reader).count()).toBeGreaterThan(3);
    expect(await visitNames(reader)).not.toContain(removed);
    await closePage(reader);
  });

  it('refuses a stale edit from a second tab with a reload dialog', async () => {
    const second = await owner.context().newPage();
    await second.goto(`${baseUrl}/en/p/${planId}/edit`);
    await second.locator('[data-testid="plan-editor"][data-hydrated="true"]').waitFor();
    await owner.reload();
    await owner.locator('[data-testid="plan-editor"][data-hydrated="true"]').waitFor();
    await expect(revisionBadge(second).textContent()).resolves.toBe('Revision 2');

    await visits(second).first().getByTestId('remove-place').click();
    await expect.poll(() => revisionBadge(second).textContent(), { timeout: 15_000 }).toBe('Revision 3');

    // The first tab still shows revision 2: its edit must not overwrite revision 3.
    const before = await visitNames(owner);
    await visits(owner).nth(1).getByTestId('remove-place').click();
    const dialog = owner.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/changed elsewhere \(revision 3\)/);
    expect(await visitNames(owner)).toEqual(before);
    expect(await axeProblems(owner)).toEqual([]);
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => revisionBadge(owner).textContent(), { timeout: 15_000 }).toBe('Revision 3');
    await second.close();
  });

  it('shows the edit page on a phone', async () => {
    await owner.setViewportSize(PHONE);
    await owner.goto(`${baseUrl}/en/p/${planId}/edit`);
    await owner.locator('[data-testid="plan-editor"][data-hydrated="true"]').waitFor();
    await owner.evaluate(() => document.fonts.ready);
    await owner.screenshot({ path: `${SHOTS}/saved-plan-edit-phone.png`, fullPage: false });
    await visits(owner).first().scrollIntoViewIfNeeded();
    await owner.screenshot({ path: `${SHOTS}/saved-plan-edit-phone-visit.png`, fullPage: false });
    await owner.setViewportSize(DESKTOP);
    await owner.getByTestId('plan-editor').scrollIntoViewIfNeeded();
    await owner.screenshot({ path: `${SHOTS}/saved-plan-edit-desktop-panels.png`, fullPage: false });
  });

  it('prints the whole timeline without the page chrome', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/en/p/${planId}`);
    await page.getByTestId('day-2').click(); // one day on screen…
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    // …every day on paper, and no header, buttons or map controls.
    await expect.poll(() => page.locator('.timeline-day').count()).toBe(5);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.itinerary-header__actions').isVisible()).resolves.toBe(false);
    await expect(page.locator('.day-picker').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${SHOTS}/saved-plan-print.png`, fullPage: false });
    await closePage(page);
  });

  it('lists the plan in My plans and removes it on this browser only', async () => {
    await owner.goto(`${baseUrl}/en`);
    await owner.getByRole('link', { name: 'My plans' }).click();
    await owner.waitForURL(`${baseUrl}/en/plans`);
    const item = owner.getByTestId('my-plan');
    await expect(item.count()).resolves.toBe(1);
    await expect(item.textContent()).resolves.toContain(title);
    expect(await axeProblems(owner)).toEqual([]);
    await item.getByRole('button', { name: `Remove ${title} from My plans` }).click();
    await owner.getByTestId('my-plans-empty').waitFor();
    // Still there on the server.
    expect((await fetch(`${baseUrl}/api/plans/${planId}`)).status).toBe(200);
  });

  it('stops editing on this browser: the edit page then asks for the edit link', async () => {
    await owner.goto(`${baseUrl}/en/p/${planId}/edit`);
    await owner.locator('[data-testid="plan-editor"][data-hydrated="true"]').waitFor({ timeout: 20_000 });
    await owner.getByTestId('end-edit-session').click();
    await owner.waitForURL(`${baseUrl}/en/p/${planId}`);
    await owner.goto(`${baseUrl}/en/p/${planId}/edit`);
    await owner.getByTestId('need-edit-link').waitFor();
    await expect(owner.getByTestId('plan-editor').count()).resolves.toBe(0);
    // The cookie is gone: an edit from this browser is refused.
    const status = await owner.evaluate(async (id) => (await fetch(`/api/plans/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'replan', baseRevision: 1 }) })).status, planId);
    expect(status).toBe(401);
  });
});


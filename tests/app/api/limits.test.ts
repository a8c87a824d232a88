/**
 * Rate limits, the agency creation quota and revision pruning, through the route handlers. Each test
 * loads the routes afresh with its own low limits (env stubs), on a fake Date clock so that waiting
 * out a window takes no time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './db-fixture';

const TRIP = { direction: 'KH_TO_KR', startDate: '2027-04-05', days: 3, destinations: ['seoul'] };
const START = new Date('2026-12-04T10:00:00Z');

/** The limited routes, imported after the env stubs so that their configuration sees them. */
async function load(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return {
    plans: await import('@/app/api/plans/route'),
    plan: await import('@/app/api/plans/[id]/route'),
    revisions: await import('@/app/api/plans/[id]/revisions/route'),
    revision: await import('@/app/api/plans/[id]/revisions/[revision]/route'),
    restore: await import('@/app/api/plans/[id]/revisions/[revision]/restore/route'),
    agencies: await import('@/app/api/agencies/route'),
    agency: await import('@/app/api/agencies/[id]/route'),
    planExport: await import('@/app/api/plans/[id]/export/[format]/route'),
    itineraryExport: await import('@/app/api/itineraries/export/[format]/route'),
  };
}
type Routes = Awaited<ReturnType<typeof load>>;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const save = (routes: Routes, headers: Record<string, string> = {}) => routes.plans.POST(post('/api/plans', { request: TRIP }, headers));
const from = (address: string) => ({ 'x-forwarded-for': address });
const later = (seconds: number) => vi.setSystemTime(new Date(Date.now() + seconds * 1000));

async function expectRefused(response: Response, code: string, retryAfter: number) {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe(String(retryAfter));
  expect((await response.json()).error).toMatchObject({ code, message: expect.stringContaining(`${retryAfter} s`) });
}

let cleanup: () => void;
beforeEach(() => {
  cleanup = useTempDatabase('bridgeway-limits-');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

describe('rate limits', () => {
  it('answers 429 rate_limited with Retry-After past the save burst, and saves again once a token refilled', async () => {
    const routes = await load({ RATE_LIMIT_SAVE_BURST: '2', RATE_LIMIT_SAVE_PER_MINUTE: '6' });
    expect((await save(routes)).status).toBe(201);
    expect((await save(routes)).status).toBe(201);
    await expectRefused(await save(routes), 'rate_limited', 10);
    later(9);
    await expectRefused(await save(routes), 'rate_limited', 1);
    later(1);
    expect((await save(routes)).status).toBe(201);
    await expectRefused(await save(routes), 'rate_limited', 10);
  });

  it('limits edits and restores as one action, agency writes, and both export routes', async () => {
    const routes = await load({ RATE_LIMIT_EDIT_BURST: '1', RATE_LIMIT_AGENCY_BURST: '1', RATE_LIMIT_EXPORT_BURST: '1' });
    const { id } = await (await save(routes)).json();
    const ctx = { params: Promise.resolve({ id }) };
    // The limit comes before the credential check, so refused edits count too (and guessing tokens is slow).
    expect((await routes.plan.PATCH(new Request(`http://localhost/api/plans/${id}`, { method: 'PATCH', body: '{}' }), ctx)).status).toBe(401);
    await expectRefused(await routes.restore.POST(post(`/api/plans/${id}/revisions/1/restore`, { baseRevision: 1 }), { params: Promise.resolve({ id, revision: '1' }) }), 'rate_limited', 1);

    const agency = await (await routes.agencies.POST(post('/api/agencies', { name: 'Han River Tours' }))).json();
    const patchAgency = new Request(`http://localhost/api/agencies/${agency.id}`, { method: 'PATCH', body: JSON.stringify({ name: 'Mekong' }), headers: { authorization: `Bearer ${agency.editToken}`, 'content-type': 'application/json' } });
    await expectRefused(await routes.agency.PATCH(patchAgency, { params: Promise.resolve({ id: agency.id }) }), 'rate_limited', 6);

    expect((await routes.itineraryExport.POST(post('/api/itineraries/export/ics', { request: TRIP }), { params: Promise.resolve({ format: 'ics' }) })).status).toBe(200);
    await expectRefused(await routes.planExport.GET(new Request(`http://localhost/api/plans/${id}/export/ics`), { params: Promise.resolve({ id, format: 'ics' }) }), 'rate_limited', 1);
  });

  it('ignores X-Forwarded-For by default: every request shares the "unknown" bucket', async () => {
    const routes = await load({ RATE_LIMIT_SAVE_BURST: '1' });
    expect((await save(routes, from('203.0.113.1'))).status).toBe(201);
    expect((await save(routes, from('203.0.113.2'))).status).toBe(429);
    expect((await save(routes)).status).toBe(429);
  });

  it('with TRUST_PROXY_HOPS=1 limits each right-most X-Forwarded-For address on its own, whatever the client put left of it', async () => {
    const routes = await load({ RATE_LIMIT_SAVE_BURST: '1', TRUST_PROXY_HOPS: '1' });
    expect((await save(routes, from('203.0.113.1'))).status).toBe(201);
    expect((await save(routes, from('203.0.113.1'))).status).toBe(429);
    expect((await save(routes, from('198.51.100.9, 203.0.113.1'))).status).toBe(429);
    expect((await save(routes, from('203.0.113.2'))).status).toBe(201);
  });
});

describe('agency creation quota', () => {
  it('answers 429 quota_exceeded past AGENCY_CREATIONS_PER_DAY, not counting invalid input, and allows one more as the day rolls', async () => {
    const routes = await load({ AGENCY_CREATIONS_PER_DAY: '2' });
    const create = (body: unknown) => routes.agencies.POST(post('/api/agencies', body));
    expect((await create({ name: 'Bad colour', accentColor: 'red' })).status).toBe(400);
    expect((await create({ name: 'One' })).status).toBe(201);
    expect((await create({ name: 'Two' })).status).toBe(201);
    // Two a day: one comes back every 12 hours.
    await expectRefused(await create({ name: 'Three' }), 'quota_exceeded', 12 * 3600);
    later(12 * 3600);
    expect((await create({ name: 'Three' })).status).toBe(201);
    expect((await create({ name: 'Four' })).status).toBe(429);
  });
});

describe('revision pruning', () => {
  it('keeps revision 1 and the latest N-1 in full, lists every revision, and answers 410 revision_pruned for the others', async () => {
    const routes = await load({ PLAN_MAX_FULL_REVISIONS: '3' });
    const { id, editToken } = await (await save(routes)).json();
    const auth = { authorization: `Bearer ${editToken}` };
    const rctx = (revision: number) => ({ params: Promise.resolve({ id, revision: String(revision) }) });
    const restore = (revision: number, baseRevision: number) => routes.restore.POST(post(`/api/plans/${id}/revisions/${revision}/restore`, { baseRevision }, auth), rctx(revision));
    for (let base = 1; base < 6; base += 1) expect((await restore(1, base)).status).toBe(200);

    const listed = await (await routes.revisions.GET(new Request(`http://localhost/api/plans/${id}/revisions`, { headers: auth }), { params: Promise.resolve({ id }) })).json();
    expect(listed.revision).toBe(6);
    expect(listed.revisions.map((v: { revision: number; change: string; pruned: boolean }) => [v.revision, v.change, v.pruned])).toEqual([
      [1, 'created', false],
      [2, 'restored revision 1', true],
      [3, 'restored revision 1', true],
      [4, 'restored revision 1', true],
      [5, 'restored revision 1', false],
      [6, 'restored revision 1', false],
    ]);

    const show = (revision: number) => routes.revision.GET(new Request(`http://localhost/api/plans/${id}/revisions/${revision}`, { headers: auth }), rctx(revision));
    for (const kept of [1, 5, 6]) expect((await show(kept)).status).toBe(200);
    const gone = await show(3);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error).toMatchObject({ code: 'revision_pruned', message: expect.stringMatching(/^Revision 3 of plan .* was pruned on /), details: { revision: 3 } });
    const refused = await restore(3, 6);
    expect(refused.status).toBe(410);
    expect((await refused.json()).error.code).toBe('revision_pruned');
    expect((await routes.plan.GET(new Request(`http://localhost/api/plans/${id}`), { params: Promise.resolve({ id }) })).status).toBe(200);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-plans-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Routes = {
  plans: typeof import('@/app/api/plans/route');
  plan: typeof import('@/app/api/plans/[id]/route');
  revisions: typeof import('@/app/api/plans/[id]/revisions/route');
  revision: typeof import('@/app/api/plans/[id]/revisions/[revision]/route');
  restore: typeof import('@/app/api/plans/[id]/revisions/[revision]/restore/route');
  session: typeof import('@/app/api/plans/[id]/session/route');
  token: typeof import('@/app/api/plans/[id]/token/route');
  queries: typeof import('@/db/queries/plans');
};
let r: Routes;

beforeAll(async () => {
  vi.resetModules();
  vi.stubEnv('DATABASE_PATH', path.join(dir, 'app.db'));
  (globalThis as { __bridgewayDb?: unknown }).__bridgewayDb = undefined;
  r = {
    plans: await import('@/app/api/plans/route'),
    plan: await import('@/app/api/plans/[id]/route'),
    revisions: await import('@/app/api/plans/[id]/revisions/route'),
    revision: await import('@/app/api/plans/[id]/revisions/[revision]/route'),
    restore: await import('@/app/api/plans/[id]/revisions/[revision]/restore/route'),
    session: await import('@/app/api/plans/[id]/session/route'),
    token: await import('@/app/api/plans/[id]/token/route'),
    queries: await import('@/db/queries/plans'),
  };
});
afterAll(() => {
  (globalThis as { __bridgewayDb?: { $client: { close(): void } } }).__bridgewayDb?.$client.close();
  (globalThis as { __bridgewayDb?: unknown }).__bridgewayDb = undefined;
  vi.unstubAllEnvs();
});

const TRIP = { direction: 'KH_TO_KR', startDate: '2027-04-05', days: 6, destinations: ['seoul'] };
const url = (p: string) => `http://localhost${p}`;
const json = (method: string, p: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url(p), { method, body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const rctx = (id: string, revision: string | number) => ({ params: Promise.resolve({ id, revision: String(revision) }) });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** A cookie as the browser sends it with a write from our own pages (writes with cookies from elsewhere are refused). */
const fromOurPage = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' });

async function create(request: unknown = TRIP) {
  const response = await r.plans.POST(json('POST', '/api/plans', { request }));
  return { status: response.status, body: await response.json() };
}
const patch = (id: string, body: unknown, headers: Record<string, string> = {}) => r.plan.PATCH(json('PATCH', `/api/plans/${id}`, body, headers), ctx(id));
const visitsOf = (itinerary: { days: { items: { type: string; placeId?: string }[] }[] }, day: number) =>
  (itinerary.days[day - 1]?.items ?? []).filter((i) => i.type === 'visit').map((i) => i.placeId as string);

describe('POST /api/plans', () => {
  it('saves a plan and returns an unguessable id, an edit token and the links', async () => {
    const { status, body } = await create();
    expect(status).toBe(201);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.viewUrl).toBe(`/p/${body.id}`);
    expect(body.editUrl).toBe(`/p/${body.id}/edit#token=${body.editToken}`);
    expect(body.revision).toBe(1);
    expect(body.plan.itinerary.days).toHaveLength(6);
    // Only the hash is stored.
    const stored = (globalThis as { __bridgewayDb?: { $client: import('better-sqlite3').Database } }).__bridgewayDb!.$client
      .prepare('select edit_token_hash from plans where id = ?').pluck().get(body.id) as string;
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(body.editToken);
    expect((await create()).body.id).not.toBe(body.id);
  });

  it('answers 400 with the reason for a malformed request, 400 for bad JSON and 413 for an oversized body', async () => {
    const bad = await create({ ...TRIP, days: 30 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toContainEqual({ field: 'request.days', reason: expect.stringMatching(/21/) });
    expect((await r.plans.POST(json('POST', '/api/plans', '{"request":'))).status).toBe(400);
    expect((await r.plans.POST(json('POST', '/api/plans', { request: TRIP, itinerary: {} }))).status).toBe(400);
    expect((await r.plans.POST(json('POST', '/api/plans', { request: TRIP, padding: 'x'.repeat(300_000) }))).status).toBe(413);
  });
});

describe('GET /api/plans/{id}', () => {
  it('reads a plan without credentials, and answers 404 for an unknown id', async () => {
    const { body: created } = await create();
    const response = await r.plan.GET(new Request(url(`/api/plans/${created.id}`)), ctx(created.id));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ id: created.id, revision: 1, change: 'created' });
    expect(body.itinerary).toEqual(created.plan.itinerary);
    expect((await r.plan.GET(new Request(url('/api/plans/AAAAAAAAAAAAAAAAAAAAAA')), ctx('AAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(404);
    const odd = await r.plan.GET(new Request(url('/api/plans/nope')), ctx('nope'));
    expect(odd.status).toBe(404);
    expect((await odd.json()).error.code).toBe('not_found');
  });
});

describe('PATCH /api/plans/{id}', () => {
  it('needs the edit token: 401 without, 403 with a wrong one, 404 for an unknown plan', async () => {
    const { body: created } = await create();
    const edit = { type: 'replan', baseRevision: 1 };
    const missing = await patch(created.id, edit);
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.code).toBe('unauthorized');
    expect((await patch(created.id, edit, { authorization: 'Basic abc' })).status).toBe(401);
    const other = await create();
    const wrong = await patch(created.id, edit, bearer(other.body.editToken));
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.code).toBe('forbidden');
    expect((await patch(created.id, edit, bearer('short'))).status).toBe(403);
    expect((await patch('AAAAAAAAAAAAAAAAAAAAAA', edit, bearer(created.editToken))).status).toBe(404);
    // Nothing was written.
    expect((await (await r.plan.GET(new Request(url('/x')), ctx(created.id))).json()).revision).toBe(1);
  });

  it('removes, adds and moves places as new revisions, and refuses a stale edit with 409', async () => {
    const { body: created } = await create();
    const auth = bearer(created.editToken);
    const day3 = visitsOf(created.plan.itinerary, 3);
    const victim = day3[0] as string;

    const removed = await patch(created.id, { type: 'remove_place', placeId: victim, baseRevision: 1 }, auth);
    expect(removed.status).toBe(200);
    const afterRemove = await removed.json();
    expect(afterRemove).toMatchObject({ revision: 2, change: `removed ${victim}` });
    expect(afterRemove.request.avoid).toContain(victim);
    expect(JSON.stringify(afterRemove.itinerary.days)).not.toContain(`"placeId":"${victim}"`);

    // A second tab still on revision 1 must not overwrite revision 2.
    const stale = await patch(created.id, { type: 'replan', baseRevision: 1 }, auth);
    expect(stale.status).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error).toMatchObject({ code: 'conflict', details: { currentRevision: 2 } });

    const added = await patch(created.id, { type: 'add_place', placeId: victim, day: 4, baseRevision: 2 }, auth);
    expect(added.status).toBe(200);
    const afterAdd = await added.json();
    expect(afterAdd.revision).toBe(3);
    expect(visitsOf(afterAdd.itinerary, 4)).toContain(victim);
    expect(afterAdd.request.avoid).not.toContain(victim);

    const moved = await patch(created.id, { type: 'move_place', placeId: victim, day: 3, baseRevision: 3 }, auth);
    expect(moved.status).toBe(200);
    const afterMove = await moved.json();
    expect(visitsOf(afterMove.itinerary, 3)).toContain(victim);
    expect(afterMove.request.pinned).toEqual([{ placeId: victim, day: 3 }]);
    // Only days 3 and 4 changed, and the answer says how.
    for (const day of [1, 2, 5, 6]) expect(afterMove.itinerary.days[day - 1]).toEqual(afterAdd.itinerary.days[day - 1]);
    expect(afterMove.effects.scope).toBe('days');
    expect(afterMove.effects.changes).toContainEqual({ day: 4, kind: 'removed', placeId: victim });
    expect(afterMove.effects.changes).toContainEqual(expect.objectContaining({ day: 3, kind: 'added', placeId: victim }));
    expect(afterMove.effects.changes.every((c: { day: number }) => c.day === 3 || c.day === 4)).toBe(true);
    // The revision list keeps what each edit did.
    const listed = await (await r.revisions.GET(new Request(url('/x'), { headers: auth }), ctx(created.id))).json();
    expect(listed.revisions.map((v: { effects: unknown }) => v.effects)).toEqual([null, afterRemove.effects, afterAdd.effects, afterMove.effects]);
  });

  it('pins at a time, changes the trip, and answers 400 naming the field for impossible or malformed edits', async () => {
    const { body: created } = await create();
    const auth = bearer(created.editToken);
    const pinned = await patch(created.id, { type: 'pin_place', placeId: 'seoul-n-seoul-tower', day: 3, start: '19:30', baseRevision: 1 }, auth);
    expect(pinned.status).toBe(200);
    const afterPin = await pinned.json();
    const tower = afterPin.itinerary.days[2].items.find((i: { placeId?: string }) => i.placeId === 'seoul-n-seoul-tower');
    expect(tower.start).toMatch(/T19:30:00\+09:00$/);

    const updated = await patch(created.id, { type: 'update_trip', pace: 'packed', days: 5, baseRevision: 2 }, auth);
    expect(updated.status).toBe(200);
    const afterUpdate = await updated.json();
    expect(afterUpdate).toMatchObject({ revision: 3, change: 'changed days, pace' });
    expect(afterUpdate.itinerary.days).toHaveLength(5);
    expect(afterUpdate.request.pace).toBe('packed');

    const cases: [unknown, string][] = [
      [{ type: 'move_place', placeId: 'seoul-gyeongbokgung', day: 9, baseRevision: 3 }, 'day'],
      [{ type: 'move_place', placeId: 'seoul-gyeongbokgung', day: 1, baseRevision: 3 }, 'day'], // the flight day
      [{ type: 'add_place', placeId: 'no-such-place', baseRevision: 3 }, 'placeId'],
      [{ type: 'teleport', placeId: 'seoul-gyeongbokgung', baseRevision: 3 }, 'type'],
      [{ type: 'replan' }, 'baseRevision'],
      [{ type: 'update_trip', baseRevision: 3 }, '(root)'],
      [{ type: 'update_trip', days: 1, baseRevision: 3 }, 'days'],
      [{ type: 'update_trip', startDate: '9999-06-01', baseRevision: 3 }, 'startDate'],
      [{ type: 'update_trip', startDate: '2026-12-02', baseRevision: 3 }, 'startDate'],
      [{ type: 'reorder_day', day: 3, placeIds: ['seoul-gyeongbokgung'], baseRevision: 3 }, 'placeIds'],
    ];
    for (const [body, field] of cases) {
      const response = await patch(created.id, body, auth);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = (await response.json()).error;
      expect(error.code).toBe('invalid_request');
      expect(error.details.map((d: { field: string }) => d.field), JSON.stringify(body)).toContain(field);
    }
    expect((await patch(created.id, '{"type":', auth)).status).toBe(400);
    expect((await patch(created.id, { type: 'replan', baseRevision: 3, padding: 'x'.repeat(300_000) }, auth)).status).toBe(413);
    // Every refusal left the plan as it was.
    expect((await (await r.plan.GET(new Request(url('/x')), ctx(created.id))).json()).revision).toBe(3);
  });

  it('keeps a reordered day in the new order (swapping the first two visits)', async () => {
    const { body: created } = await create();
    const day = created.plan.itinerary.days.findIndex((_: unknown, i: number) => visitsOf(created.plan.itinerary, i + 1).length >= 3) + 1;
    const [a, b, ...rest] = visitsOf(created.plan.itinerary, day);
    const order = [b, a, ...rest] as string[];
    const response = await patch(created.id, { type: 'reorder_day', day, placeIds: order, baseRevision: 1 }, bearer(created.editToken));
    const body = await response.json();
    if (response.status === 200) {
      expect(visitsOf(body.itinerary, day).filter((id) => order.includes(id))).toEqual(order);
      expect(body.change).toBe(`reordered day ${day}`);
    } else {
      // The planner could not keep that order: a 400 naming placeIds, and the plan unchanged.
      expect(response.status).toBe(400);
      expect(body.error.details[0].field).toMatch(/^placeIds/);
    }
  });
});

describe('revisions and restore', () => {
  it('lists revisions, shows one, and restores an old one as a new revision', async () => {
    const { body: created } = await create();
    const auth = bearer(created.editToken);
    const first = created.plan.itinerary;
    await patch(created.id, { type: 'update_trip', pace: 'relaxed', baseRevision: 1 }, auth);
    await patch(created.id, { type: 'update_trip', budget: 'luxury', baseRevision: 2 }, auth);

    expect((await r.revisions.GET(new Request(url('/x')), ctx(created.id))).status).toBe(401);
    const listed = await (await r.revisions.GET(new Request(url('/x'), { headers: auth }), ctx(created.id))).json();
    expect(listed.revision).toBe(3);
    expect(listed.revisions.map((v: { revision: number; change: string }) => [v.revision, v.change])).toEqual([
      [1, 'created'],
      [2, 'changed pace'],
      [3, 'changed budget'],
    ]);
    const one = await r.revision.GET(new Request(url('/x'), { headers: auth }), rctx(created.id, 1));
    expect((await one.json()).itinerary).toEqual(first);

    const restore = (revision: number | string, body: unknown, headers: Record<string, string> = auth) =>
      r.restore.POST(json('POST', `/api/plans/${created.id}/revisions/${revision}/restore`, body, headers), rctx(created.id, revision));
    expect((await restore(1, { baseRevision: 3 }, {})).status).toBe(401);
    expect((await restore(1, { baseRevision: 3 }, bearer('x'.repeat(43)))).status).toBe(403);
    expect((await restore(1, { baseRevision: 2 })).status).toBe(409);
    expect((await restore(9, { baseRevision: 3 })).status).toBe(404);
    expect((await restore('one', { baseRevision: 3 })).status).toBe(400);
    expect((await restore(1, {})).status).toBe(400);
    const restored = await restore(1, { baseRevision: 3 });
    expect(restored.status).toBe(200);
    const body = await restored.json();
    expect(body).toMatchObject({ revision: 4, change: 'restored revision 1', effects: { scope: 'trip', reason: 'restore' } });
    expect(body.itinerary).toEqual(first);
    // All revisions are kept.
    const after = await (await r.revisions.GET(new Request(url('/x'), { headers: auth }), ctx(created.id))).json();
    expect(after.revisions).toHaveLength(4);
  });
});

describe('edit session cookie', () => {
  it('exchanges the token for an http-only cookie on the plan paths, which then authorizes edits', async () => {
    const { body: created } = await create();
    const open = (body: unknown, at = 'http://localhost') =>
      r.session.POST(new Request(`${at}/api/plans/${created.id}/session`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }), ctx(created.id));
    expect((await open({})).status).toBe(401);
    expect((await open({ token: 'x'.repeat(43) })).status).toBe(403);
    expect((await r.session.POST(json('POST', '/x', { token: created.editToken }), ctx('AAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(404);

    const response = await open({ token: created.editToken });
    expect(response.status).toBe(204);
    const cookies = response.headers.getSetCookie();
    const name = `bw_edit_${created.id}`;
    // One cookie per locale's page path (the pages live under /{locale}/p/{id}) and one for the API.
    expect(cookies).toHaveLength(4);
    expect(cookies.map((c) => /Path=([^;]+)/.exec(c)?.[1])).toEqual([`/en/p/${created.id}`, `/ko/p/${created.id}`, `/km/p/${created.id}`, `/api/plans/${created.id}`]);
    for (const cookie of cookies) {
      expect(cookie).toContain(`${name}=${created.editToken}`);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
    }
    expect((await open({ token: created.editToken }, 'https://bridgeway.example')).headers.getSetCookie()[0]).toMatch(/; Secure/);

    const withCookie = await patch(created.id, { type: 'replan', baseRevision: 1 }, fromOurPage(`other=1; ${name}=${created.editToken}`));
    expect(withCookie.status).toBe(200);
    expect((await patch(created.id, { type: 'replan', baseRevision: 2 }, fromOurPage(`${name}=${'y'.repeat(43)}`))).status).toBe(403);
    // Another plan's cookie does not count.
    expect((await patch(created.id, { type: 'replan', baseRevision: 2 }, fromOurPage(`bw_edit_AAAAAAAAAAAAAAAAAAAAAA=${created.editToken}`))).status).toBe(401);

    expect(r.queries.canEdit(created.id, created.editToken)).toBe(true);
    expect(r.queries.canEdit(created.id, 'y'.repeat(43))).toBe(false);
    expect(r.queries.canEdit(created.id, undefined)).toBe(false);
    expect(r.queries.canEdit('AAAAAAAAAAAAAAAAAAAAAA', created.editToken)).toBe(false);

    const closed = await r.session.DELETE(new Request(url('/x'), { method: 'DELETE' }), ctx(created.id));
    expect(closed.status).toBe(204);
    const cleared = closed.headers.getSetCookie();
    expect(cleared.every((c) => c.includes('Max-Age=0'))).toBe(true);
    // Every path the session was opened on, plus the pre-locale page path.
    expect(cleared.map((c) => /Path=([^;]+)/.exec(c)?.[1])).toEqual([`/en/p/${created.id}`, `/ko/p/${created.id}`, `/km/p/${created.id}`, `/api/plans/${created.id}`, `/p/${created.id}`]);
  });
});

describe('POST /api/plans/{id}/token (revoke other edit links)', () => {
  const rotate = (id: string, headers: Record<string, string> = {}) => r.token.POST(new Request(url(`/api/plans/${id}/token`), { method: 'POST', headers }), ctx(id));

  it('answers 401 without a token, 403 with a wrong one and 404 for an unknown plan', async () => {
    const { body: created } = await create();
    expect((await rotate(created.id)).status).toBe(401);
    expect((await rotate(created.id, bearer('z'.repeat(43)))).status).toBe(403);
    expect((await rotate('AAAAAAAAAAAAAAAAAAAAAA', bearer(created.editToken))).status).toBe(404);
    expect((await rotate('not-a-plan-id', bearer(created.editToken))).status).toBe(404);
    // None of the refusals changed the token.
    expect(r.queries.canEdit(created.id, created.editToken)).toBe(true);
  });

  it('replaces the token: the old one (Bearer or cookie) is refused with 403, the new one and the new cookie work', async () => {
    const { body: created } = await create();
    const name = `bw_edit_${created.id}`;
    const response = await rotate(created.id, bearer(created.editToken));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { editToken, editUrl } = (await response.json()) as { editToken: string; editUrl: string };
    expect(editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(editToken).not.toBe(created.editToken);
    expect(editUrl).toBe(`/p/${created.id}/edit#token=${editToken}`);

    // The answer moves this browser's edit cookie to the new token on every session path.
    const cookies = response.headers.getSetCookie();
    expect(cookies.map((c) => /Path=([^;]+)/.exec(c)?.[1])).toEqual([`/en/p/${created.id}`, `/ko/p/${created.id}`, `/km/p/${created.id}`, `/api/plans/${created.id}`]);
    for (const cookie of cookies) {
      expect(cookie).toContain(`${name}=${editToken};`);
      expect(cookie).toMatch(/HttpOnly/);
    }

    expect((await patch(created.id, { type: 'replan', baseRevision: 1 }, bearer(created.editToken))).status).toBe(403);
    expect((await patch(created.id, { type: 'replan', baseRevision: 1 }, fromOurPage(`${name}=${created.editToken}`))).status).toBe(403);
    expect((await rotate(created.id, bearer(created.editToken))).status).toBe(403);
    expect(r.queries.canEdit(created.id, created.editToken)).toBe(false);

    expect((await patch(created.id, { type: 'replan', baseRevision: 1 }, bearer(editToken))).status).toBe(200);
    expect((await patch(created.id, { type: 'replan', baseRevision: 2 }, fromOurPage(`${name}=${editToken}`))).status).toBe(200);
  });

  it('rotates with the edit cookie as the credential, as the edit page does', async () => {
    const { body: created } = await create();
    const name = `bw_edit_${created.id}`;
    const response = await rotate(created.id, fromOurPage(`${name}=${created.editToken}`));
    expect(response.status).toBe(200);
    const { editToken } = (await response.json()) as { editToken: string };
    expect(r.queries.canEdit(created.id, editToken)).toBe(true);
    expect(r.queries.canEdit(created.id, created.editToken)).toBe(false);
  });
});

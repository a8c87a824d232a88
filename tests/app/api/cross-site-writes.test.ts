/**
 * Cross-site writes with the edit cookie are refused (403 `cross_site_request`), JSON endpoints read
 * only `application/json` (415), and API clients with a Bearer token and no cookie are not affected.
 * The attacks are the ones a foreign page can make without a CORS preflight: a `text/plain` fetch or
 * a form post that the browser sends with the victim's SameSite=Lax-or-laxer cookie.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from './db-fixture';

const TRIP = { direction: 'KH_TO_KR', startDate: '2027-04-05', days: 3, destinations: ['seoul'] };
const EVIL = 'https://evil.example';

let routes: {
  plans: typeof import('@/app/api/plans/route');
  plan: typeof import('@/app/api/plans/[id]/route');
  restore: typeof import('@/app/api/plans/[id]/revisions/[revision]/restore/route');
  session: typeof import('@/app/api/plans/[id]/session/route');
  token: typeof import('@/app/api/plans/[id]/token/route');
  agencies: typeof import('@/app/api/agencies/route');
};
let cleanup: () => void;

beforeAll(async () => {
  cleanup = useTempDatabase('bridgeway-cross-site-');
  vi.resetModules();
  routes = {
    plans: await import('@/app/api/plans/route'),
    plan: await import('@/app/api/plans/[id]/route'),
    restore: await import('@/app/api/plans/[id]/revisions/[revision]/restore/route'),
    session: await import('@/app/api/plans/[id]/session/route'),
    token: await import('@/app/api/plans/[id]/token/route'),
    agencies: await import('@/app/api/agencies/route'),
  };
});
afterAll(() => cleanup());

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const rctx = (id: string, revision: number) => ({ params: Promise.resolve({ id, revision: String(revision) }) });
const request = (method: string, path: string, body: string | undefined, headers: Record<string, string>) =>
  new Request(`http://bridgeway.test${path}`, { method, ...(body === undefined ? {} : { body }), headers: { host: 'bridgeway.test', ...headers } });
const JSON_TYPE = { 'content-type': 'application/json' };

/** A saved plan at revision 2 (so revision 1 can be restored), with its edit cookie. */
async function savedPlan() {
  const created = await (await routes.plans.POST(request('POST', '/api/plans', JSON.stringify({ request: TRIP }), JSON_TYPE))).json();
  const bearer = { authorization: `Bearer ${created.editToken}` };
  expect((await routes.plan.PATCH(request('PATCH', `/api/plans/${created.id}`, JSON.stringify({ type: 'replan', baseRevision: 1 }), { ...JSON_TYPE, ...bearer }), ctx(created.id))).status).toBe(200);
  return { id: created.id as string, token: created.editToken as string, bearer, cookie: { cookie: `bw_edit_${created.id}=${created.editToken}` } };
}

const restore = (id: string, headers: Record<string, string>, body = JSON.stringify({ baseRevision: 2 })) =>
  routes.restore.POST(request('POST', `/api/plans/${id}/revisions/1/restore`, body, headers), rctx(id, 1));
const currentRevision = async (id: string) => (await (await routes.plan.GET(request('GET', `/api/plans/${id}`, undefined, {}), ctx(id))).json()).revision as number;

async function expectCrossSiteRefusal(response: Response, method: string) {
  expect(response.status).toBe(403);
  const { error } = await response.json();
  expect(error).toMatchObject({ code: 'cross_site_request', details: { method } });
  expect(error.message).toContain('Authorization: Bearer');
}

describe('writes that carry the edit cookie', () => {
  it('refuses a text/plain restore posted from another origin, and changes nothing', async () => {
    const plan = await savedPlan();
    // What `fetch(url, { method: 'POST', body, credentials: 'include' })` on evil.example sends: no preflight needed.
    const attack = { ...plan.cookie, 'content-type': 'text/plain;charset=UTF-8', origin: EVIL, 'sec-fetch-site': 'cross-site' };
    await expectCrossSiteRefusal(await restore(plan.id, attack), 'POST');
    // Older browsers send Origin but no Sec-Fetch-Site; a form post from a sibling subdomain is same-site, not same-origin.
    await expectCrossSiteRefusal(await restore(plan.id, { ...plan.cookie, ...JSON_TYPE, origin: EVIL }), 'POST');
    await expectCrossSiteRefusal(await restore(plan.id, { ...plan.cookie, ...JSON_TYPE, origin: 'null' }), 'POST');
    await expectCrossSiteRefusal(await restore(plan.id, { ...plan.cookie, ...JSON_TYPE, 'sec-fetch-site': 'same-site', origin: 'https://www.bridgeway.test' }), 'POST');
    // A cookie write that says nothing of where it comes from is refused too.
    await expectCrossSiteRefusal(await restore(plan.id, { ...plan.cookie, ...JSON_TYPE }), 'POST');
    expect(await currentRevision(plan.id)).toBe(2);
  });

  it('refuses the other cookie writes from another origin: edit, token rotation, ending or opening a session', async () => {
    const plan = await savedPlan();
    const foreign = { ...plan.cookie, ...JSON_TYPE, origin: EVIL };
    await expectCrossSiteRefusal(await routes.plan.PATCH(request('PATCH', `/api/plans/${plan.id}`, JSON.stringify({ type: 'replan', baseRevision: 2 }), foreign), ctx(plan.id)), 'PATCH');
    await expectCrossSiteRefusal(await routes.token.POST(request('POST', `/api/plans/${plan.id}/token`, undefined, foreign), ctx(plan.id)), 'POST');
    await expectCrossSiteRefusal(await routes.session.DELETE(request('DELETE', `/api/plans/${plan.id}/session`, undefined, foreign), ctx(plan.id)), 'DELETE');
    const session = (headers: Record<string, string>) => routes.session.POST(request('POST', `/api/plans/${plan.id}/session`, JSON.stringify({ token: plan.token }), headers), ctx(plan.id));
    await expectCrossSiteRefusal(await session({ ...foreign, 'content-type': 'text/plain' }), 'POST');
    // Without any cookie a text/plain session post is still not read: JSON endpoints take JSON only.
    const plain = await session({ 'content-type': 'text/plain', origin: EVIL });
    expect(plain.status).toBe(415);
    expect((await plain.json()).error).toMatchObject({ code: 'unsupported_media_type', details: { expected: 'application/json', received: 'text/plain' } });
    expect(await currentRevision(plan.id)).toBe(2);
    expect((await restore(plan.id, { ...plan.bearer, ...JSON_TYPE })).status).toBe(200);
  });

  it('accepts them from our own pages: Sec-Fetch-Site same-origin or none, or an Origin naming the host', async () => {
    const plan = await savedPlan();
    expect((await restore(plan.id, { ...plan.cookie, ...JSON_TYPE, 'sec-fetch-site': 'same-origin', origin: 'http://bridgeway.test' })).status).toBe(200);
    expect((await restore(plan.id, { ...plan.cookie, ...JSON_TYPE, 'sec-fetch-site': 'none' }, JSON.stringify({ baseRevision: 3 }))).status).toBe(200);
    expect((await restore(plan.id, { ...plan.cookie, ...JSON_TYPE, origin: 'http://bridgeway.test' }, JSON.stringify({ baseRevision: 4 }))).status).toBe(200);
    // Behind a reverse proxy that rewrites Host, the host the browser addressed is in X-Forwarded-Host.
    const proxied = { ...plan.cookie, ...JSON_TYPE, host: '127.0.0.1:3000', 'x-forwarded-host': 'plans.example', origin: 'https://plans.example' };
    expect((await restore(plan.id, proxied, JSON.stringify({ baseRevision: 5 }))).status).toBe(200);
    expect(await currentRevision(plan.id)).toBe(6);
    // Same origin but not JSON: 415, not a parse of whatever was sent.
    const plain = await restore(plan.id, { ...plan.cookie, 'content-type': 'text/plain', 'sec-fetch-site': 'same-origin' }, JSON.stringify({ baseRevision: 6 }));
    expect(plain.status).toBe(415);
  });
});

describe('API clients (Bearer token, no cookie)', () => {
  it('keep writing from anywhere, with or without Origin', async () => {
    const plan = await savedPlan();
    expect((await restore(plan.id, { ...plan.bearer, ...JSON_TYPE })).status).toBe(200);
    expect((await restore(plan.id, { ...plan.bearer, ...JSON_TYPE, origin: EVIL, 'sec-fetch-site': 'cross-site' }, JSON.stringify({ baseRevision: 3 }))).status).toBe(200);
    const created = await routes.agencies.POST(request('POST', '/api/agencies', JSON.stringify({ name: 'Angkor Tours' }), { ...JSON_TYPE, origin: EVIL }));
    expect(created.status).toBe(201);
  });

  it('get 415 for a JSON endpoint sent anything but application/json', async () => {
    const plan = await savedPlan();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await restore(plan.id, { ...plan.bearer, 'content-type': type });
      expect(response.status).toBe(415);
      expect((await response.json()).error.message).toContain('application/json');
    }
    expect((await routes.agencies.POST(request('POST', '/api/agencies', JSON.stringify({ name: 'X' }), { 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await restore(plan.id, { ...plan.bearer, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });
});

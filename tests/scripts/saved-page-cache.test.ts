import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSavedPageCache } from '@/scripts/lib/saved-page-cache';

// A stand-in for Next's handler: counts renders and shows the revision it rendered.
let renders = 0;
const revisions = new Map<string, number>([['plan1', 1]]);
const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
  renders++;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('set-cookie', 'NEXT_LOCALE=en');
  res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  const id = (req.url ?? '').split('/').pop() ?? '';
  res.statusCode = revisions.has(id) ? 200 : 404;
  res.write('<html>');
  res.end(`${req.url} revision ${revisions.get(id) ?? 'none'}</html>`);
};

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer(withSavedPageCache(next, { currentRevision: (id) => revisions.get(id), close: () => {} }, 1 << 20));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('withSavedPageCache', () => {
  it('renders a saved page once per revision and locale, then answers it from memory with an ETag, private', async () => {
    renders = 0;
    const first = await fetch(`${base}/en/p/plan1`);
    expect(await first.text()).toBe('<html>/en/p/plan1 revision 1</html>');
    const second = await fetch(`${base}/en/p/plan1`);
    expect(await second.text()).toBe('<html>/en/p/plan1 revision 1</html>');
    expect(renders).toBe(1);
    expect(second.headers.get('cache-control')).toBe('private, no-cache');
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const etag = second.headers.get('etag') as string;
    expect(etag).toMatch(/^"/);

    const unchanged = await fetch(`${base}/en/p/plan1`, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);

    await fetch(`${base}/ko/p/plan1`);
    expect(renders).toBe(2);

    // An edit makes revision 2: rendered afresh, and the old ETag no longer matches.
    revisions.set('plan1', 2);
    const edited = await fetch(`${base}/en/p/plan1`, { headers: { 'if-none-match': etag } });
    expect(edited.status).toBe(200);
    expect(await edited.text()).toBe('<html>/en/p/plan1 revision 2</html>');
    expect(renders).toBe(3);
  });

  it('leaves unknown plans, queries and React Server Component fetches to Next', async () => {
    renders = 0;
    expect((await fetch(`${base}/en/p/nope`)).status).toBe(404);
    expect((await fetch(`${base}/en/p/nope`)).status).toBe(404);
    await fetch(`${base}/en/p/plan1?x=1`);
    await fetch(`${base}/en/p/plan1`, { headers: { rsc: '1' } });
    expect(renders).toBe(4);
  });
});

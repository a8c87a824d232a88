/**
 * Serves the read-only page of a saved plan (/{locale}/p/{id}) from memory. A revision never changes,
 * so the page Next rendered for (plan, revision, locale) is kept (ResponseCache, bounded in bytes) and
 * answered again while that revision is current; an edit makes a new revision and so a new key. Each
 * answer carries an ETag and `Cache-Control: private, no-cache`: the link is private (no shared cache
 * may keep it) and a browser asks again every time, getting a 304 while the revision is unchanged.
 * Anything else (other paths, queries, React Server Component fetches, unknown ids) goes to Next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RevisionReader } from '@/db/current-revision';
import { ResponseCache } from '@/lib/http/response-cache';

const SAVED_PAGE = /^\/(en|ko|km)\/p\/([A-Za-z0-9_-]{1,64})$/;
/** Headers that belong to one answer, not to the page. */
const NOT_KEPT = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'cache-control', 'etag']);
const CACHE_CONTROL = 'private, no-cache';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Wraps Next's request handler with the saved page cache. */
export function withSavedPageCache(next: Handler, revisions: RevisionReader, maxBytes: number): Handler {
  const cache = new ResponseCache(maxBytes);
  return (req, res) => {
    const match = req.method === 'GET' && !req.headers.rsc && !req.headers['next-router-prefetch'] ? SAVED_PAGE.exec(req.url ?? '') : null;
    if (!match) return next(req, res);
    const [, locale, id] = match as unknown as [string, string, string];
    const revision = revisions.currentRevision(id);
    if (revision === undefined) return next(req, res);
    // The encodings asked for pick Next's compression, so they are part of the key.
    const key = `${id}|${revision}|${locale}|${req.headers['accept-encoding'] ?? ''}`;
    const hit = cache.get(key);
    if (!hit) {
      keepWhenDone(res, (answer) => cache.set(key, answer));
      return next(req, res);
    }
    res.setHeader('etag', hit.etag);
    res.setHeader('cache-control', CACHE_CONTROL);
    if (req.headers['if-none-match'] === hit.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
    res.setHeader('content-length', hit.body.length);
    res.statusCode = hit.status;
    res.end(hit.body);
  };
}

/** Copies what Next writes to `res` and hands over the finished answer when it is a 200. */
function keepWhenDone(res: ServerResponse, keep: (answer: { status: number; headers: Record<string, string | string[]>; body: Buffer }) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const copy = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    copy(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') copy(chunk, rest[0]);
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value !== undefined && !NOT_KEPT.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
    }
    if (res.statusCode === 200) keep({ status: 200, headers, body: Buffer.concat(chunks) });
    return end(chunk, ...rest);
  }) as typeof res.end;
}

/**
 * Exports of saved plans, kept in memory: a revision never changes, so the file for (plan, revision,
 * locale, format, branding) is rendered once (a PDF costs about a second) and answered again from the
 * cache, bounded by SAVED_PAGE_CACHE_MB. Answers carry an ETag and `Cache-Control: private, no-cache`:
 * the link is private, and a client that has the file gets a 304 while the revision is unchanged.
 * Kept on globalThis: Next.js bundles each route with its own copy of this module.
 */
import { createHash } from 'node:crypto';
import { env } from '@/lib/config/env';
import { etagOf, ResponseCache } from '@/lib/http/response-cache';
import type { Branding } from './branding';

const STORE = Symbol.for('bridgeway.savedExports');
const CACHE_CONTROL = 'private, no-cache';

function savedExports(): ResponseCache {
  const global = globalThis as typeof globalThis & { [STORE]?: ResponseCache };
  return (global[STORE] ??= new ResponseCache(env().SAVED_PAGE_CACHE_MB * 2 ** 20));
}

/** What an export's file depends on besides the revision: an agency's branding can change at any time. */
export function exportKey(parts: { planId: string; revision: number; locale: string; format: string; branding: Branding | undefined }): string {
  const { branding } = parts;
  let look = '';
  if (branding) {
    const hash = createHash('sha1').update(JSON.stringify([branding.name, branding.contact, branding.accentColor, branding.note]));
    if (branding.logo) hash.update(branding.logo);
    look = hash.digest('base64url');
  }
  return `${parts.planId}|${parts.revision}|${parts.locale}|${parts.format}|${look}`;
}

/** The export for `key` from the cache, or made by `render` and kept; a 304 when the request already has it. */
export async function cachedExport(key: string, request: Request, render: () => Promise<Response>): Promise<Response> {
  const cache = savedExports();
  let entry = cache.get(key);
  if (!entry) {
    const made = await render();
    const headers: Record<string, string> = {};
    made.headers.forEach((value, name) => {
      if (name !== 'cache-control') headers[name] = value;
    });
    const answer = { status: made.status, headers, body: Buffer.from(await made.arrayBuffer()) };
    cache.set(key, answer);
    // One too large to keep is answered all the same.
    entry = cache.get(key) ?? { ...answer, etag: etagOf(answer.body) };
  }
  const validators = { etag: entry.etag, 'cache-control': CACHE_CONTROL };
  if (request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers: validators });
  return new Response(new Uint8Array(entry.body), { status: entry.status, headers: { ...(entry.headers as Record<string, string>), ...validators } });
}

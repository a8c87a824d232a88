/**
 * Refuses cross-site writes that ride on the browser's cookies (CSRF). The plan edit cookie is
 * SameSite=Lax, which stops another site's forms only in some browsers and not from a sibling
 * subdomain; and a `text/plain` POST needs no CORS preflight. So a state-changing request that
 * carries a cookie must show it comes from our own pages: `Sec-Fetch-Site: same-origin` (or `none`,
 * typed by the user), or else an `Origin` naming our host. Requests without cookies (API clients
 * with `Authorization: Bearer`) have nothing a foreign page could borrow and pass unchecked.
 */
import { AppError } from '@/lib/errors';

/** A cookie-carrying write from another site, or one that does not say where it comes from; answered 403. */
export class CrossSiteWriteError extends AppError {
  constructor(method: string, source: string) {
    super(
      'cross_site_request',
      `Refused ${method}: it carries this site's cookies but comes from ${source}. Changes made with the edit cookie must come from this site's own pages; API clients send "Authorization: Bearer {editToken}" without cookies.`,
      403,
      { method, source },
    );
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The host the client addressed: X-Forwarded-Host (a reverse proxy's record of it) or Host. Only
 * compared with Origin, never written into an answer. A foreign page cannot set either header: a
 * form cannot set headers at all, and fetch with a custom header needs a CORS preflight we never grant.
 */
function addressedHost(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || request.headers.get('host') || new URL(request.url).host).toLowerCase();
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Throws CrossSiteWriteError for a state-changing request with cookies that is not same-origin. */
export function refuseCrossSiteWrite(request: Request): void {
  if (!STATE_CHANGING.has(request.method.toUpperCase()) || !request.headers.get('cookie')) return;
  const method = request.method.toUpperCase();
  // Browsers that send Sec-Fetch-Site know the answer exactly (scheme included): it decides.
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    if (site === 'same-origin' || site === 'none') return;
    throw new CrossSiteWriteError(method, `Sec-Fetch-Site: ${site}`);
  }
  const origin = request.headers.get('origin');
  // "null" is the Origin of sandboxed frames, file: pages and cross-origin redirects: never ours.
  if (origin && origin !== 'null' && originHost(origin) === addressedHost(request)) return;
  throw new CrossSiteWriteError(method, origin ? `Origin: ${origin}` : 'a request with neither Origin nor Sec-Fetch-Site');
}

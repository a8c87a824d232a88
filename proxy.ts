/**
 * Next 16 proxy (formerly middleware), run for every page and API request:
 * - pages: a fresh CSP nonce per request, sent to Next on the request's Content-Security-Policy
 *   header (Next reads the nonce from there while rendering and puts it on its scripts) and to the
 *   browser on the answer; then next-intl sends / and any path without a locale to /{locale}/…,
 *   choosing the locale from the NEXT_LOCALE cookie, then Accept-Language, then English.
 * - API answers: the same security headers with a policy that allows nothing (they are data).
 * The header values come from lib/http/security-headers.ts.
 */
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { publicEnv } from '@/lib/config/public-env';
import { apiSecurityHeaders, newNonce, pageContentSecurityPolicy, pageSecurityHeaders } from '@/lib/http/security-headers';
import { servedOverHttps } from '@/lib/http/served-over-https';
import { routing } from './i18n/routing';

const localeRouting = createMiddleware(routing);

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export default function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const https = servedOverHttps(request);
  if (pathname === '/api' || pathname.startsWith('/api/')) return withHeaders(NextResponse.next(), apiSecurityHeaders(pathname, https));

  const policy = pageContentSecurityPolicy({ nonce: newNonce(), tileUrl: publicEnv().NEXT_PUBLIC_TILE_URL, https, development: process.env.NODE_ENV === 'development' });
  // next-intl forwards the headers of the request it is given to the page, so it gets a copy
  // carrying the policy (replacing any CSP header the client sent: the nonce must be ours).
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = localeRouting(new NextRequest(request.url, { headers }));
  return withHeaders(response, pageSecurityHeaders(pathname, policy, https));
}

export const config = {
  // Pages and the API; Next internals and files with an extension (favicon.ico, fonts) pass through.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/api/:path*'],
};

/**
 * The security headers of every answer: pages get a Content-Security-Policy with a per-request
 * nonce (Next puts it on its own inline and bundle scripts), API answers a policy that allows
 * nothing. proxy.ts sets them; this file only decides their values, from the request's path and
 * scheme and the configured tile URL, never from Host or X-Forwarded-Host.
 */
import { randomBytes } from 'node:crypto';
import { LOCALES } from '@/lib/i18n/locale';

/** A fresh nonce for one page answer: 128 random bits, base64 (the CSP nonce syntax allows it). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The CSP source that allows the tiles of a tile URL template: its scheme and host. A `{s}`
 * subdomain placeholder becomes a `*.` wildcard, the only wildcard CSP allows in a host.
 */
export function tileImageSource(tileUrl: string): string {
  const match = /^(https?):\/\/([^/?#]+)/.exec(tileUrl);
  if (!match) throw new RangeError(`The tile URL "${tileUrl}" has no http(s) host; NEXT_PUBLIC_TILE_URL is checked in lib/config/public-env.ts.`);
  const [, scheme, host] = match as unknown as [string, string, string];
  const labels = host.split('.');
  const lastTemplated = labels.findLastIndex((label) => label.includes('{'));
  return `${scheme}://${lastTemplated < 0 ? host : ['*', ...labels.slice(lastTemplated + 1)].join('.')}`;
}

export interface PagePolicyOptions {
  nonce: string;
  /** NEXT_PUBLIC_TILE_URL: map tiles are the only images from elsewhere. */
  tileUrl: string;
  https: boolean;
  /** `next dev`: React rebuilds server error stacks with eval, so dev needs 'unsafe-eval'. */
  development: boolean;
}

/**
 * The pages' policy. Scripts: only those carrying the nonce, and what they load ('strict-dynamic':
 * Next's runtime adds its chunks as script elements). Styles allow inline ones: React writes style
 * attributes (day colours, category dots) and Leaflet positions its panes, tiles and pins with them;
 * an inline style cannot run code. Images: our own, data:/blob: URLs (Leaflet, logo previews) and the
 * tile host.
 */
export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileImageSource(options.tileUrl)}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** API answers are data, never documents: nothing may load from them, and nothing may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** HSTS for a year; sent only over https, where browsers heed it (they ignore it over http). */
const HSTS = 'max-age=31536000; includeSubDomains';

/** /{locale}/p/{id}/edit, or /p/{id}/edit before the locale redirect. */
const EDIT_PAGE = new RegExp(`^(?:/(?:${LOCALES.join('|')}))?/p/[^/]+/edit/?$`);

/**
 * The Referrer-Policy of a page. An edit page sends no referrer at all, so a link followed from it
 * never tells another site the plan's address; elsewhere other sites see our origin only.
 */
export function referrerPolicyOf(pathname: string): string {
  return EDIT_PAGE.test(pathname) ? 'no-referrer' : 'strict-origin-when-cross-origin';
}

/** The headers every answer carries, page or API, besides its policy. */
function commonHeaders(pathname: string, https: boolean): Record<string, string> {
  return {
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': referrerPolicyOf(pathname),
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** Security headers of a page answer; `policy` is pageContentSecurityPolicy's, also sent to Next on the request. */
export function pageSecurityHeaders(pathname: string, policy: string, https: boolean): Record<string, string> {
  return { 'Content-Security-Policy': policy, ...commonHeaders(pathname, https) };
}

/** Security headers of an API answer. */
export function apiSecurityHeaders(pathname: string, https: boolean): Record<string, string> {
  return { 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY, ...commonHeaders(pathname, https) };
}

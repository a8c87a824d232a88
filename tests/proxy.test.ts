/**
 * The proxy's security headers, called the way Next calls it: pages get a CSP with a fresh nonce
 * (on the answer, and on the request Next renders from), API answers a policy that allows nothing,
 * and no header carries the Host or X-Forwarded-Host the client sent.
 */
import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import proxy, { config } from '@/proxy';

const FORGED = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };
const page = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { 'accept-language': 'en', ...headers } }));

/** Every header the client receives, as one string, to search for reflected input (Next strips its own x-middleware-* ones). */
const allHeaders = (response: Response) =>
  [...response.headers.entries()]
    .filter(([name]) => !name.startsWith('x-middleware-'))
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('page answers', () => {
  it('carry a CSP whose nonce is fresh per request and is also handed to Next on the request', () => {
    const first = page('/en/agency');
    const policy = first.headers.get('content-security-policy');
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    // next-intl's rewrite to the page passes the request headers on; Next reads the nonce from this one.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(page('/en/agency').headers.get('content-security-policy'))).not.toBe(nonceOf(policy));
  });

  it('forbid framing and sniffing, send our origin only as referrer, and no HSTS over http', () => {
    const response = page('/ko/destinations');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('send no referrer at all from an edit page', () => {
    expect(page('/km/p/AAAAAAAAAAAAAAAAAAAAAA/edit').headers.get('referrer-policy')).toBe('no-referrer');
    expect(page('/km/p/AAAAAAAAAAAAAAAAAAAAAA').headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('add HSTS and upgrade-insecure-requests when served over https (behind a TLS proxy too)', () => {
    const response = page('/en', { 'x-forwarded-proto': 'https' });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('replace a CSP header the client sent, so the nonce Next uses is ours', () => {
    const response = page('/en', { 'content-security-policy': "script-src 'nonce-chosen-by-client'" });
    expect(response.headers.get('x-middleware-request-content-security-policy')).not.toContain('chosen-by-client');
  });

  it('never echo a forged Host or X-Forwarded-Host (no alternate Link header built from them)', () => {
    for (const path of ['/en/agency', '/en', '/', '/agency']) {
      const response = page(path, FORGED);
      expect(allHeaders(response)).not.toContain('evil.example');
      expect(response.headers.get('link')).toBeNull();
    }
    // The locale redirect still works, with the security headers on it.
    const redirect = page('/agency', FORGED);
    expect(redirect.status).toBe(307);
    expect(new URL(redirect.headers.get('location')!).pathname).toBe('/en/agency');
    expect(redirect.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('API answers', () => {
  it('carry a policy that allows nothing and the other security headers, and leave the request alone', () => {
    for (const path of ['/api', '/api/plans/AAAAAAAAAAAAAAAAAAAAAA/revisions/1/restore', '/api/health']) {
      const response = proxy(new NextRequest(`http://localhost:3000${path}`, { method: 'POST', headers: FORGED }));
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-middleware-next')).toBe('1');
      expect(response.headers.get('x-middleware-override-headers')).toBeNull();
      expect(allHeaders(response)).not.toContain('evil.example');
    }
  });
});

describe('the proxy matcher', () => {
  it('runs the proxy for pages and every API path, not for Next internals and files', () => {
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const url of ['/', '/en', '/en/agency', '/ko/p/AAAAAAAAAAAAAAAAAAAAAA/edit', '/api', '/api/health', '/api/plans/x/revisions/1/restore', '/api/nope/deeper']) {
      expect(matches(url), url).toBe(true);
    }
    for (const url of ['/_next/static/chunks/main.js', '/favicon.ico', '/fonts/noto.woff2']) expect(matches(url), url).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { pageContentSecurityPolicy, referrerPolicyOf, tileImageSource } from '@/lib/http/security-headers';

describe('tileImageSource', () => {
  it('allows the tile host of the configured template, with a wildcard for a {s} subdomain', () => {
    expect(tileImageSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileImageSource('https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.fr');
    expect(tileImageSource('http://tiles.example:8080/{z}/{x}/{y}.png?key=abc')).toBe('http://tiles.example:8080');
  });
});

describe('pageContentSecurityPolicy', () => {
  const options = { nonce: 'abc', tileUrl: 'https://{s}.tiles.example/{z}/{x}/{y}.png', https: false, development: false };

  it('allows scripts by nonce only, images from us and the tile host, and eval only in development', () => {
    const policy = pageContentSecurityPolicy(options);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).toContain("img-src 'self' data: blob: https://*.tiles.example;");
    expect(policy).not.toContain('unsafe-eval');
    expect(pageContentSecurityPolicy({ ...options, development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
  });
});

describe('referrerPolicyOf', () => {
  it('is no-referrer on edit pages, with or without the locale, and strict-origin-when-cross-origin elsewhere', () => {
    expect(referrerPolicyOf('/en/p/AAAAAAAAAAAAAAAAAAAAAA/edit')).toBe('no-referrer');
    expect(referrerPolicyOf('/p/AAAAAAAAAAAAAAAAAAAAAA/edit')).toBe('no-referrer');
    expect(referrerPolicyOf('/en/p/AAAAAAAAAAAAAAAAAAAAAA')).toBe('strict-origin-when-cross-origin');
    expect(referrerPolicyOf('/en/plan')).toBe('strict-origin-when-cross-origin');
  });
});

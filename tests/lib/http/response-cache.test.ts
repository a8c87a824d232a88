import { describe, expect, it } from 'vitest';
import { ResponseCache } from '@/lib/http/response-cache';

const answer = (text: string) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(text) });

describe('ResponseCache', () => {
  it('keeps answers within its byte bound, evicting the least recently used, with an ETag of the body', () => {
    const cache = new ResponseCache(40);
    cache.set('a', answer('a'.repeat(10)));
    cache.set('b', answer('b'.repeat(10)));
    cache.set('c', answer('c'.repeat(10)));
    expect(cache.get('a')?.etag).toMatch(/^"[\w-]+"$/);
    cache.set('d', answer('d'.repeat(10)));
    cache.set('e', answer('e'.repeat(10)));
    // 'a' was used after 'b' was kept: 'b' is the one evicted.
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body.toString()).toBe('a'.repeat(10));
    expect(cache.bytes).toBeLessThanOrEqual(40);
    expect(cache.get('c')?.etag).not.toBe(cache.get('d')?.etag);
  });

  it('does not keep an answer larger than a quarter of the bound', () => {
    const cache = new ResponseCache(40);
    cache.set('big', answer('x'.repeat(11)));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});

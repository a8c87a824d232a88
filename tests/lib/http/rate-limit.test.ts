import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/lib/http/rate-limit';

/** A limiter on a clock the test moves by hand. */
function limiter(maxClients = 100) {
  const clock = { now: 0 };
  return { clock, limits: new RateLimiter(maxClients, () => clock.now) };
}

const RULE = { burst: 3, perMinute: 6 }; // one token every 10 s

describe('RateLimiter', () => {
  it('allows the burst, then refuses with the seconds until the next token', () => {
    const { clock, limits } = limiter();
    for (let i = 0; i < 3; i += 1) expect(limits.take('a', 'save', RULE)).toEqual({ allowed: true });
    expect(limits.take('a', 'save', RULE)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    clock.now = 4_000;
    expect(limits.take('a', 'save', RULE)).toEqual({ allowed: false, retryAfterSeconds: 6 });
  });

  it('refills at the rule rate, never above the burst', () => {
    const { clock, limits } = limiter();
    for (let i = 0; i < 3; i += 1) limits.take('a', 'save', RULE);
    clock.now = 10_000;
    expect(limits.take('a', 'save', RULE).allowed).toBe(true);
    expect(limits.take('a', 'save', RULE).allowed).toBe(false);
    clock.now = 10 * 60_000;
    for (let i = 0; i < 3; i += 1) expect(limits.take('a', 'save', RULE).allowed).toBe(true);
    expect(limits.take('a', 'save', RULE).allowed).toBe(false);
  });

  it('keeps one bucket per client and per action', () => {
    const { limits } = limiter();
    for (let i = 0; i < 3; i += 1) limits.take('a', 'save', RULE);
    expect(limits.take('a', 'save', RULE).allowed).toBe(false);
    expect(limits.take('a', 'export', RULE).allowed).toBe(true);
    expect(limits.take('b', 'save', RULE).allowed).toBe(true);
  });

  it('does not drain a bucket when the clock goes back', () => {
    const { clock, limits } = limiter();
    clock.now = 60_000;
    limits.take('a', 'save', RULE);
    clock.now = 0;
    expect(limits.take('a', 'save', RULE).allowed).toBe(true);
    expect(limits.take('a', 'save', RULE).allowed).toBe(true);
    expect(limits.take('a', 'save', RULE).allowed).toBe(false);
  });

  it('tracks at most maxClients, forgetting the least recently used first', () => {
    const { limits } = limiter(2);
    for (let i = 0; i < 3; i += 1) limits.take('a', 'save', RULE);
    limits.take('b', 'save', RULE);
    // Refused, but used: a is now more recent than b, so c's arrival forgets b.
    expect(limits.take('a', 'save', RULE).allowed).toBe(false);
    limits.take('c', 'save', RULE);
    expect(limits.size).toBe(2);
    expect(limits.take('a', 'save', RULE).allowed).toBe(false);
    // Two newer clients push a out; forgotten, it starts again with a full bucket.
    limits.take('d', 'save', RULE);
    limits.take('e', 'save', RULE);
    expect(limits.size).toBe(2);
    expect(limits.take('a', 'save', RULE).allowed).toBe(true);
  });
});

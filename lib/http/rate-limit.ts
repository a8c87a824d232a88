/**
 * Token buckets per (client, action), kept in memory. Each bucket holds up to `burst` tokens and
 * refills at `perMinute`; a request takes one token or is refused with the time until the next one.
 * Clients are kept in least-recently-used order and the oldest is forgotten past `maxClients`, so a
 * flood of addresses costs bounded memory (a forgotten client simply starts again with a full bucket).
 * State is per process and lost on restart: this limits bursts and floods, it is not an audit trail.
 */

/** How much an action allows: `burst` requests at once, refilled at `perMinute` requests per minute. */
export interface BucketRule {
  burst: number;
  perMinute: number;
}

/** The outcome of taking a token: allowed, or refused with whole seconds to wait (at least 1). */
export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** A set of token buckets; `now` (milliseconds) is injectable so tests control time. */
export class RateLimiter {
  private readonly clients = new Map<string, Map<string, Bucket>>();

  constructor(
    private readonly maxClients: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token from the (client, action) bucket if it has one. */
  take(client: string, action: string, rule: BucketRule): TakeResult {
    const now = this.now();
    const buckets = this.touch(client);
    const bucket = buckets.get(action) ?? { tokens: rule.burst, at: now };
    const perMs = rule.perMinute / 60_000;
    // max(0, …): a wall clock set back must not drain a bucket.
    const tokens = Math.min(rule.burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
    if (tokens >= 1) {
      buckets.set(action, { tokens: tokens - 1, at: now });
      return { allowed: true };
    }
    buckets.set(action, { tokens, at: now });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  /** How many clients are tracked (for tests of the bound). */
  get size(): number {
    return this.clients.size;
  }

  /** The client's buckets, moved to the most recently used end; evicts the least recently used past the bound. */
  private touch(client: string): Map<string, Bucket> {
    const buckets = this.clients.get(client) ?? new Map<string, Bucket>();
    // A Map iterates in insertion order: deleting and re-inserting makes it the newest entry.
    this.clients.delete(client);
    this.clients.set(client, buckets);
    while (this.clients.size > this.maxClients) {
      const oldest = this.clients.keys().next().value as string;
      this.clients.delete(oldest);
    }
    return buckets;
  }
}

/**
 * Finished HTTP answers kept in memory, least recently used evicted first, bounded by their total
 * size in bytes. Used for saved plan pages, whose content for a (plan, revision, locale) never changes.
 */
import { createHash } from 'node:crypto';

export interface CachedResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** A strong validator of the body. */
  etag: string;
}

/** A strong ETag for a body. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export class ResponseCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps an answer (not one larger than a quarter of the bound), evicting the least recently used to make room. */
  set(key: string, answer: Omit<CachedResponse, 'etag'>): void {
    if (answer.body.length > this.#maxBytes / 4) return;
    this.delete(key);
    const entry = { ...answer, etag: etagOf(answer.body) };
    this.#entries.set(key, entry);
    this.#bytes += entry.body.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.length;
  }

  /** Bytes of the bodies kept. */
  get bytes(): number {
    return this.#bytes;
  }
}

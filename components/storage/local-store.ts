/**
 * A value kept in localStorage under one key, read back through a zod schema: anything another
 * version of the app, another tab or a curious user left there is either of the right shape or
 * replaced by the fallback, never trusted as is. All subscribers in this tab hear each write; the
 * `storage` event brings other tabs' writes. Blocked storage (private mode, policy) reads as the
 * fallback and drops writes: what is kept here is always a convenience, never the only copy.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export interface LocalStore<T> {
  readonly key: string;
  /** What reads stand for when nothing valid is stored (and on the server). */
  readonly fallback: T;
  /** The stored value, or the fallback; the same object while the stored text is unchanged. */
  read(): T;
  write(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createLocalStore<S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): LocalStore<z.output<S>> {
  type Value = z.output<S>;
  const listeners = new Set<() => void>();
  // useSyncExternalStore needs a stable snapshot: parse once per stored text.
  let cachedRaw: string | null | undefined;
  let cachedValue: Value = fallback;

  function parse(raw: string | null): Value {
    if (raw === null) return fallback;
    try {
      const result = schema.safeParse(JSON.parse(raw));
      return result.success ? result.data : fallback;
    } catch {
      return fallback; // not JSON
    }
  }

  function read(): Value {
    let raw: string | null;
    try {
      raw = window.localStorage.getItem(key);
    } catch {
      return fallback;
    }
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cachedValue = parse(raw);
    }
    return cachedValue;
  }

  function write(value: Value): void {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Quota or blocked storage: the value only misses persisting; listeners still hear of the change.
    }
    for (const listener of listeners) listener();
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === key) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  }

  return { key, fallback, read, write, subscribe };
}

/**
 * A list schema that keeps the entries of the right shape and drops the others, so one damaged entry
 * does not cost the whole list.
 */
export function listOfValid<S extends z.ZodType>(entry: S) {
  // Read-only: what is read back is a snapshot shared by every reader; change it by writing.
  return z.array(z.unknown()).transform((values): readonly z.output<S>[] =>
    values.flatMap((value) => {
      const result = entry.safeParse(value);
      return result.success ? [result.data] : [];
    }),
  );
}

/** The store's value in a component; the fallback during server rendering and hydration. */
export function useLocalStore<T>(store: LocalStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.read, () => store.fallback);
}

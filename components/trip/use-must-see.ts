'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * The traveller's must-see list: place ids kept in localStorage so they survive reloads and reach
 * the trip planner form. One store per tab; the `storage` event syncs other tabs.
 */
export const MUST_SEE_STORAGE_KEY = 'bridgeway.must-see.v1';

const EMPTY: readonly string[] = Object.freeze([]);
const listeners = new Set<() => void>();

let cachedRaw: string | null | undefined;
let cachedIds: readonly string[] = EMPTY;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(MUST_SEE_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy mode, blocked cookies): behave as an empty list.
    return null;
  }
}

function parseIds(raw: string | null): readonly string[] {
  if (!raw) return EMPTY;
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return EMPTY;
    return Object.freeze([...new Set(value.filter((id): id is string => typeof id === 'string' && id.length > 0))]);
  } catch {
    return EMPTY;
  }
}

/** Same array while the stored text is unchanged, as useSyncExternalStore requires. */
function getSnapshot(): readonly string[] {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedIds = parseIds(raw);
  }
  return cachedIds;
}

function getServerSnapshot(): readonly string[] {
  return EMPTY;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === MUST_SEE_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return function unsubscribe() {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function write(ids: readonly string[]): void {
  try {
    window.localStorage.setItem(MUST_SEE_STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // Full or disabled storage: the list simply does not persist.
  }
  for (const listener of listeners) listener();
}

export interface MustSee {
  /** Place ids in the order they were added. */
  ids: readonly string[];
  count: number;
  has: (id: string) => boolean;
  add: (id: string) => void;
  remove: (id: string) => void;
  toggle: (id: string) => void;
  clear: () => void;
}

/** The must-see list and its mutators; empty during server rendering and hydration. */
export function useMustSee(): MustSee {
  const ids = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);

  const add = useCallback((id: string) => {
    const current = getSnapshot();
    if (!current.includes(id)) write([...current, id]);
  }, []);
  const remove = useCallback((id: string) => {
    const current = getSnapshot();
    if (current.includes(id)) write(current.filter((x) => x !== id));
  }, []);
  const toggle = useCallback((id: string) => {
    const current = getSnapshot();
    write(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }, []);
  const clear = useCallback(() => write(EMPTY), []);

  return useMemo(() => ({ ids, count: ids.length, has: (id: string) => ids.includes(id), add, remove, toggle, clear }), [ids, add, remove, toggle, clear]);
}

'use client';

import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { createLocalStore, listOfValid, useLocalStore } from '@/components/storage/local-store';

/**
 * The traveller's must-see list: place ids kept in localStorage so they survive reloads and reach
 * the trip planner form. One store per tab; the `storage` event syncs other tabs.
 */
export const MUST_SEE_STORAGE_KEY = 'bridgeway.must-see.v1';

const EMPTY: readonly string[] = Object.freeze([]);
/** Non-empty ids, each once (a list edited by hand or by an older version may repeat them). */
const mustSeeIds = listOfValid(z.string().min(1)).transform((ids): readonly string[] => [...new Set(ids)]);
const store = createLocalStore(MUST_SEE_STORAGE_KEY, mustSeeIds, EMPTY);

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
  const ids = useLocalStore(store);

  const add = useCallback((id: string) => {
    const current = store.read();
    if (!current.includes(id)) store.write([...current, id]);
  }, []);
  const remove = useCallback((id: string) => {
    const current = store.read();
    if (current.includes(id)) store.write(current.filter((x) => x !== id));
  }, []);
  const toggle = useCallback((id: string) => {
    const current = store.read();
    store.write(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }, []);
  const clear = useCallback(() => store.write(EMPTY), []);

  return useMemo(() => ({ ids, count: ids.length, has: (id: string) => ids.includes(id), add, remove, toggle, clear }), [ids, add, remove, toggle, clear]);
}

'use client';

import { useCallback } from 'react';
import { z } from 'zod';
import { createLocalStore, listOfValid, useLocalStore } from '@/components/storage/local-store';

/** An agency created (or opened) in this browser: its id, the name shown in menus, and the edit token. */
const savedAgency = z.object({ id: z.string(), name: z.string(), editToken: z.string() });
export type SavedAgency = z.output<typeof savedAgency>;

/** localStorage key; the edit token is only ever kept in this browser. */
export const SAVED_AGENCIES_KEY = 'bridgeway.agencies.v1';

const EMPTY: readonly SavedAgency[] = Object.freeze([]);
const store = createLocalStore(SAVED_AGENCIES_KEY, listOfValid(savedAgency), EMPTY);

/** Agencies saved in this browser (localStorage), kept in sync across components and tabs. */
export function useSavedAgencies() {
  const agencies = useLocalStore(store);

  /** Adds the agency, or updates its name/token when it is already saved. */
  const save = useCallback((agency: SavedAgency) => {
    const list = store.read();
    const exists = list.some((a) => a.id === agency.id);
    store.write(exists ? list.map((a) => (a.id === agency.id ? agency : a)) : [...list, agency]);
  }, []);

  /** Removes the agency from this browser only; the profile stays on the server. */
  const forget = useCallback((id: string) => {
    store.write(store.read().filter((a) => a.id !== id));
  }, []);

  return { agencies, save, forget };
}

'use client';

import { useCallback, useSyncExternalStore } from 'react';

/** An agency created (or opened) in this browser: its id, the name shown in menus, and the edit token. */
export interface SavedAgency {
  id: string;
  name: string;
  editToken: string;
}

/** localStorage key; the edit token is only ever kept in this browser. */
export const SAVED_AGENCIES_KEY = 'bridgeway.agencies.v1';

const EMPTY: readonly SavedAgency[] = Object.freeze([]);
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedList: readonly SavedAgency[] = EMPTY;

function isSavedAgency(value: unknown): value is SavedAgency {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.editToken === 'string';
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(SAVED_AGENCIES_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): behave as if nothing is saved
  }
}

/** The saved list, parsed once per stored value so useSyncExternalStore sees a stable snapshot. */
function snapshot(): readonly SavedAgency[] {
  const raw = readRaw();
  if (raw === cachedRaw) return cachedList;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedList = Array.isArray(parsed) ? parsed.filter(isSavedAgency) : EMPTY;
  } catch {
    cachedList = EMPTY;
  }
  return cachedList;
}

function write(list: readonly SavedAgency[]): void {
  try {
    window.localStorage.setItem(SAVED_AGENCIES_KEY, JSON.stringify(list));
  } catch {
    // Quota or disabled storage: the agency still exists on the server; only this browser forgets it.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === SAVED_AGENCIES_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Agencies saved in this browser (localStorage), kept in sync across components and tabs. */
export function useSavedAgencies() {
  const agencies = useSyncExternalStore(subscribe, snapshot, () => EMPTY);

  /** Adds the agency, or updates its name/token when it is already saved. */
  const save = useCallback((agency: SavedAgency) => {
    const list = snapshot();
    const exists = list.some((a) => a.id === agency.id);
    write(exists ? list.map((a) => (a.id === agency.id ? agency : a)) : [...list, agency]);
  }, []);

  /** Removes the agency from this browser only; the profile stays on the server. */
  const forget = useCallback((id: string) => {
    write(snapshot().filter((a) => a.id !== id));
  }, []);

  return { agencies, save, forget };
}

'use client';

/**
 * "My plans": the saved plans this browser created or opened, kept in localStorage (ids, titles and,
 * for plans it may edit, the edit token). Nothing leaves the browser; removing an entry forgets the
 * plan here only. All tabs share the list (the storage event keeps them in step).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { PlanMeta } from './plan-types';

export const MY_PLANS_KEY = 'bridgeway.myPlans';
/** Oldest entries beyond this are dropped, so the list (and localStorage) stays small. */
const MAX_PLANS = 100;

export interface MyPlan extends PlanMeta {
  /** The edit token, when this browser has the edit link. */
  token?: string;
  /** Whether this browser saved the plan or only opened someone's link. */
  origin: 'created' | 'opened';
  /** ISO time this browser last saved or opened it. */
  seenAt: string;
}

const EMPTY: readonly MyPlan[] = [];
const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cachedPlans: readonly MyPlan[] = EMPTY;

function isMyPlan(value: unknown): value is MyPlan {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.title === 'string' && typeof v.startDate === 'string' && typeof v.days === 'number' && (v.token === undefined || typeof v.token === 'string');
}

/** The stored list, newest first; a damaged or missing value reads as empty. Same array while unchanged. */
export function readMyPlans(): readonly MyPlan[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(MY_PLANS_KEY);
  } catch {
    return EMPTY; // storage blocked (private mode, policy): the list is simply empty
  }
  if (raw === cachedRaw) return cachedPlans;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedPlans = Array.isArray(parsed) ? parsed.filter(isMyPlan).map((p) => ({ ...p, origin: p.origin === 'created' ? 'created' : 'opened' })) : EMPTY;
  } catch {
    cachedPlans = EMPTY;
  }
  return cachedPlans;
}

function write(plans: readonly MyPlan[]): void {
  try {
    window.localStorage.setItem(MY_PLANS_KEY, JSON.stringify(plans.slice(0, MAX_PLANS)));
  } catch {
    // Quota or blocked storage: the plan itself is saved on the server; only the local list misses it.
  }
  for (const listener of listeners) listener();
}

/**
 * Adds or refreshes a plan (moved to the top). A token, once known, is kept when the plan is opened
 * again through its view link; "created" stays "created".
 */
export function rememberPlan(plan: PlanMeta & { token?: string; origin: MyPlan['origin'] }, now: Date = new Date()): void {
  const plans = readMyPlans();
  const previous = plans.find((p) => p.id === plan.id);
  const token = plan.token ?? previous?.token;
  const entry: MyPlan = {
    id: plan.id,
    title: plan.title,
    startDate: plan.startDate,
    days: plan.days,
    ...(token ? { token } : {}),
    origin: previous?.origin === 'created' ? 'created' : plan.origin,
    seenAt: now.toISOString(),
  };
  write([entry, ...plans.filter((p) => p.id !== plan.id)]);
}

/** Forgets a plan's edit token on this browser; the plan stays listed, to view. */
export function forgetEditToken(id: string): void {
  write(
    readMyPlans().map((plan) => {
      if (plan.id !== id) return plan;
      const withoutToken = { ...plan };
      delete withoutToken.token;
      return withoutToken;
    }),
  );
}

/** Forgets a plan on this browser (the saved plan and its links keep working). */
export function forgetPlan(id: string): void {
  write(readMyPlans().filter((p) => p.id !== id));
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === MY_PLANS_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

const serverSnapshot = () => EMPTY;

/** The list (empty on the server and before hydration), with remember and remove. */
export function useMyPlans() {
  const plans = useSyncExternalStore(subscribe, readMyPlans, serverSnapshot);
  const remember = useCallback((plan: Parameters<typeof rememberPlan>[0]) => rememberPlan(plan), []);
  const remove = useCallback((id: string) => forgetPlan(id), []);
  return { plans, remember, remove };
}

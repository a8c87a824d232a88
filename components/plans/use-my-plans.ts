'use client';

/**
 * "My plans": the saved plans this browser created or opened, kept in localStorage (ids, titles and,
 * for plans it may edit, the edit token). Nothing leaves the browser; removing an entry forgets the
 * plan here only. All tabs share the list (the storage event keeps them in step).
 */
import { useCallback } from 'react';
import { z } from 'zod';
import { createLocalStore, listOfValid, useLocalStore } from '@/components/storage/local-store';
import type { PlanMeta } from './plan-types';

export const MY_PLANS_KEY = 'bridgeway.myPlans';
/** Oldest entries beyond this are dropped, so the list (and localStorage) stays small. */
const MAX_PLANS = 100;

const myPlan = z.object({
  id: z.string(),
  title: z.string(),
  startDate: z.string(),
  days: z.number(),
  /** The edit token, when this browser has the edit link. */
  token: z.string().optional(),
  /** Whether this browser saved the plan or only opened someone's link (unknown values: opened, the safer claim). */
  origin: z.enum(['created', 'opened']).catch('opened'),
  /** ISO time this browser last saved or opened it. */
  seenAt: z.string(),
}) satisfies z.ZodType<PlanMeta>;

export type MyPlan = z.output<typeof myPlan>;

const EMPTY: readonly MyPlan[] = Object.freeze([]);
const store = createLocalStore(MY_PLANS_KEY, listOfValid(myPlan), EMPTY);

/** The stored list, newest first; a damaged or missing value reads as empty. Same array while unchanged. */
export function readMyPlans(): readonly MyPlan[] {
  return store.read();
}

function write(plans: readonly MyPlan[]): void {
  store.write(plans.slice(0, MAX_PLANS));
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

/** The list (empty on the server and before hydration), with remember and remove. */
export function useMyPlans() {
  const plans = useLocalStore(store);
  const remember = useCallback((plan: Parameters<typeof rememberPlan>[0]) => rememberPlan(plan), []);
  const remove = useCallback((id: string) => forgetPlan(id), []);
  return { plans, remember, remove };
}

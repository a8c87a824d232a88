/**
 * The trip request as a readable query string (/en/plan?direction=to-cambodia&start=2026-09-14&days=5…):
 * the one codec shared by the planner form (which navigates to it, or submits it natively without
 * JavaScript), the plan page (which plans from it on the server) and the "Change trip" link back.
 * Only shapes live here; the server validates the result with the planner's own zod schema.
 */
import { parseDirection, type Direction } from './direction';
import { interest, priceLevel, type Interest, type PriceLevel } from '@/lib/data/schema';
import type { Locale } from '@/lib/i18n/locale';
import { pace, type Pace, type PlanRequestInput } from '@/lib/planner/request';

// The choices the form offers are the planner schema's own, in the schema's order.
export const PACES: readonly Pace[] = pace.options;
export const BUDGETS: readonly PriceLevel[] = priceLevel.options;
export const INTERESTS: readonly Interest[] = interest.options;

export const DEFAULT_DAYS = 5;
export const MIN_DAYS = 1;

/** Weight of a chosen interest and of the others, once at least one is chosen (0.5 each otherwise). */
const LIKED_WEIGHT = 1;
const OTHER_WEIGHT = 0.2;

const API_DIRECTION: Record<Direction, PlanRequestInput['direction']> = { 'to-cambodia': 'KR_TO_KH', 'to-korea': 'KH_TO_KR' };

/** What the planner form edits; everything the query string carries. */
export interface PlanFormValues {
  direction: Direction;
  startDate: string;
  days: number;
  destinations: string[];
  adults: number;
  children: number;
  pace: Pace;
  budget: PriceLevel;
  likes: Interest[];
  mustSee: string[];
}

type RawSearch = Record<string, string | string[] | undefined>;

const all = (raw: RawSearch, key: string): string[] => {
  const value = raw[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};
const one = (raw: RawSearch, key: string): string | undefined => all(raw, key)[0];
const pick = <T extends string>(options: readonly T[], value: string | undefined): T | undefined => (options as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
/** A number when the text is one, else the text itself (so the server's validation names the field). */
const numeric = (value: string | undefined): number | string | undefined => (value === undefined || value.trim() === '' ? undefined : Number.isFinite(Number(value)) ? Number(value) : value);

/** The default departure: the same day next month (clamped to the 28th), as a UTC calendar date. */
export function defaultStartDate(today: Date = new Date()): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, Math.min(today.getUTCDate(), 28)));
  return date.toISOString().slice(0, 10);
}

/** The form's starting values: a balanced 5-day trip to every destination of the direction. */
export function defaultFormValues(direction: Direction, destinations: readonly string[], startDate: string): PlanFormValues {
  return { direction, startDate, days: DEFAULT_DAYS, destinations: [...destinations], adults: 2, children: 0, pace: 'balanced', budget: 'mid', likes: [], mustSee: [] };
}

/** The values in a query string over the defaults (for "Change trip"); unknown values are ignored. */
export function formValuesFromSearch(raw: RawSearch, defaults: PlanFormValues): PlanFormValues {
  const int = (key: string, fallback: number) => {
    const value = Number(one(raw, key));
    return Number.isInteger(value) ? value : fallback;
  };
  const destinations = all(raw, 'dest').filter((slug) => defaults.destinations.includes(slug));
  return {
    direction: defaults.direction,
    startDate: /^\d{4}-\d{2}-\d{2}$/.test(one(raw, 'start') ?? '') ? (one(raw, 'start') as string) : defaults.startDate,
    days: int('days', defaults.days),
    destinations: destinations.length > 0 ? destinations : defaults.destinations,
    adults: int('adults', defaults.adults),
    children: int('children', defaults.children),
    pace: pick(PACES, one(raw, 'pace')) ?? defaults.pace,
    budget: pick(BUDGETS, one(raw, 'budget')) ?? defaults.budget,
    likes: all(raw, 'like').filter((like): like is Interest => (INTERESTS as readonly string[]).includes(like)),
    mustSee: all(raw, 'must'),
  };
}

/** The query string for the plan page; parameter names match the form's input names. */
export function toPlanSearch(values: PlanFormValues): string {
  const params = new URLSearchParams();
  params.set('direction', values.direction);
  params.set('start', values.startDate);
  params.set('days', String(values.days));
  for (const slug of values.destinations) params.append('dest', slug);
  params.set('adults', String(values.adults));
  params.set('children', String(values.children));
  params.set('pace', values.pace);
  params.set('budget', values.budget);
  for (const like of values.likes) params.append('like', like);
  for (const id of values.mustSee) params.append('must', id);
  return params.toString();
}

function interestWeights(likes: readonly string[]): Partial<Record<Interest, number>> {
  if (likes.length === 0) return {};
  return Object.fromEntries(INTERESTS.map((interest) => [interest, likes.includes(interest) ? LIKED_WEIGHT : OTHER_WEIGHT]));
}

/** The API request for form values (POST /api/itineraries body). */
export function toPlanRequest(values: PlanFormValues, locale: Locale): PlanRequestInput {
  return {
    direction: API_DIRECTION[values.direction],
    startDate: values.startDate,
    days: values.days,
    destinations: values.destinations,
    pace: values.pace,
    budget: values.budget,
    interests: interestWeights(values.likes),
    mustSee: values.mustSee,
    travellers: { adults: values.adults, children: values.children },
    locale,
  };
}

/**
 * The API request for a plan page's query string, as sent (not validated): missing or malformed
 * values stay missing or malformed so the planner's schema reports them by field.
 */
export function planRequestFromSearch(raw: RawSearch, locale: Locale): Record<string, unknown> {
  const direction = parseDirection(one(raw, 'direction'));
  const destinations = all(raw, 'dest');
  const must = all(raw, 'must');
  const adults = numeric(one(raw, 'adults'));
  const children = numeric(one(raw, 'children'));
  return {
    direction: direction ? API_DIRECTION[direction] : one(raw, 'direction'),
    startDate: one(raw, 'start'),
    days: numeric(one(raw, 'days')),
    ...(destinations.length > 0 ? { destinations } : {}),
    ...(one(raw, 'pace') ? { pace: one(raw, 'pace') } : {}),
    ...(one(raw, 'budget') ? { budget: one(raw, 'budget') } : {}),
    interests: interestWeights(all(raw, 'like')),
    ...(must.length > 0 ? { mustSee: must } : {}),
    travellers: { ...(adults === undefined ? {} : { adults }), ...(children === undefined ? {} : { children }) },
    locale,
  };
}

/** The form field a 400 answer's detail belongs to: the first segment of its dotted path. */
export type PlanField = 'startDate' | 'days' | 'destinations' | 'travellers' | 'pace' | 'budget' | 'interests' | 'mustSee' | 'form';

export function fieldOfDetail(field: string): PlanField {
  const head = field.split('.')[0];
  switch (head) {
    case 'startDate':
    case 'days':
    case 'destinations':
    case 'travellers':
    case 'pace':
    case 'budget':
    case 'interests':
    case 'mustSee':
      return head;
    default:
      return 'form';
  }
}

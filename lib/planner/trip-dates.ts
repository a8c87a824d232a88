/**
 * The start dates a NEW trip may have: from shortly before today to two years ahead (configurable,
 * lib/config/env.ts). Checked wherever a date enters (the API, the /plan query, a saved plan's
 * update_trip edit) before any planning, so an absurd date is a 400 naming `startDate`, answered
 * without calendar work. Plans already saved keep their dates: reading them is never refused.
 */
import { env } from '@/lib/config/env';
import { addDays, type IsoDate } from '@/lib/time/local-time';

/** The first and last start date a new trip may have, inclusive. */
export interface TripDateWindow {
  earliest: IsoDate;
  latest: IsoDate;
}

/** How the window is set: the day it counts from and its margins in days. */
export interface TripDateRule {
  today: IsoDate;
  daysBefore: number;
  daysAfter: number;
}

/** The window of `rule`; by default the configured one, counted from today (UTC). */
export function tripDateWindow(rule: TripDateRule = configuredRule()): TripDateWindow {
  return { earliest: addDays(rule.today, -rule.daysBefore), latest: addDays(rule.today, rule.daysAfter) };
}

function configuredRule(): TripDateRule {
  const config = env();
  return {
    today: config.TRIP_DATES_TODAY ?? new Date().toISOString().slice(0, 10),
    daysBefore: config.TRIP_START_DAYS_BEFORE_TODAY,
    daysAfter: config.TRIP_START_DAYS_AFTER_TODAY,
  };
}

/** Why `startDate` may not start a new trip, or undefined when it may. ISO dates compare as strings. */
export function startDateProblem(startDate: IsoDate, window: TripDateWindow = tripDateWindow()): string | undefined {
  if (startDate >= window.earliest && startDate <= window.latest) return undefined;
  return `must be between ${window.earliest} and ${window.latest}: choose a start date in that range`;
}

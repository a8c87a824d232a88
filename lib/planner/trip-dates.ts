/**
 * The start dates a NEW trip may have: from shortly before today to two years ahead. Pure, so the
 * planner form can check a date in the browser with the window the server sent it; the server's
 * window, from its configuration, is in new-trip-request.ts.
 */
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

/** The window of `rule`. */
export function tripDateWindow(rule: TripDateRule): TripDateWindow {
  return { earliest: addDays(rule.today, -rule.daysBefore), latest: addDays(rule.today, rule.daysAfter) };
}

/** Why `startDate` may not start a new trip, or undefined when it may. ISO dates compare as strings. */
export function startDateProblem(startDate: IsoDate, window: TripDateWindow): string | undefined {
  if (startDate >= window.earliest && startDate <= window.latest) return undefined;
  return `must be between ${window.earliest} and ${window.latest}: choose a start date in that range`;
}

/**
 * What "here for sunrise" and "here for sunset" mean, per date and place: a sunrise visit is there
 * from 15 minutes before sunrise to 45 minutes after it, a sunset visit for the whole hour before
 * sunset. The planner schedules sunrise and sunset places to span that window, the timeline claims
 * the sunrise or sunset only for a visit that does, and the believability rules check both.
 */
import type { Place } from '@/lib/data/schema';
import { sunTimes } from '@/lib/geo/sun';
import type { IsoDate } from '@/lib/time/local-time';

/** A sunrise visit is there this long before sunrise … */
const SUNRISE_BEFORE_MINUTES = 15;
/** … until this long after it (the light on the stones, not only the disc on the horizon). */
const SUNRISE_AFTER_MINUTES = 45;
/** A sunset visit takes in the golden hour before sunset. */
const SUNSET_BEFORE_MINUTES = 60;
/** The longest of the windows: a sun-time visit lasts at least this long, however quick the place. */
const SUN_WINDOW_MINUTES = Math.max(SUNRISE_BEFORE_MINUTES + SUNRISE_AFTER_MINUTES, SUNSET_BEFORE_MINUTES);

/** The stretch of a day a sunrise or sunset visit must cover (local minutes) and the sun's own moment. */
export interface SunWindow {
  kind: 'sunrise' | 'sunset';
  moment: number;
  from: number;
  to: number;
}

/** Whether the place is at its best at sunrise or sunset. */
export function isSunPlace(place: Place): place is Place & { bestTime: 'sunrise' | 'sunset' } {
  return place.bestTime === 'sunrise' || place.bestTime === 'sunset';
}

/** The window a sunrise or sunset visit to `place` on `date` must cover; undefined for other places. */
export function sunWindow(place: Place, date: IsoDate, timeZone: string): SunWindow | undefined {
  if (!isSunPlace(place)) return undefined;
  const sun = sunTimes(date, place, timeZone);
  if (place.bestTime === 'sunrise') return { kind: 'sunrise', moment: sun.sunrise, from: sun.sunrise - SUNRISE_BEFORE_MINUTES, to: sun.sunrise + SUNRISE_AFTER_MINUTES };
  return { kind: 'sunset', moment: sun.sunset, from: sun.sunset - SUNSET_BEFORE_MINUTES, to: sun.sunset };
}

/**
 * How long the planner keeps for a visit to `place`: its usual visit, or for a sunrise or sunset place
 * at least the sun window, so that a quick viewpoint can still be there for the whole of it.
 */
export function plannedVisitMinutes(place: Place): number {
  return isSunPlace(place) ? Math.max(place.visitMinutes, SUN_WINDOW_MINUTES) : place.visitMinutes;
}

/** Whether a visit from `start` to `end` is there for the whole window. */
export function spansSunWindow(window: SunWindow, start: number, end: number): boolean {
  return start <= window.from && end >= window.to;
}

/** When a place's visit may start on a given day: its opening hours, the day's window and its best time of day. */
import type { Destination, Place } from '@/lib/data/schema';
import { openIntervals, type MinuteInterval } from '@/lib/data/opening-hours';
import type { TimeWindow } from '@/lib/toptw';
import { middayRestFor, withoutRest } from './midday-heat';
import { SUNRISE_LEAD_MINUTES } from './pace';
import { plannedVisitMinutes, sunWindow } from './sun-visit';
import type { FrameDay } from './trip-frame';

// Windows are for the start of a visit: an interval only counts if the whole visit ends before it closes.
function clampWindows(intervals: readonly MinuteInterval[], visit: number, from: number, to: number): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (const [s, e] of intervals) {
    const open = Math.max(s, from);
    const close = Math.min(e - visit, to);
    if (close >= open) out.push({ open, close });
  }
  return out;
}

/** What the day allows beyond its window. */
export interface DayAllowance {
  /** The traveller's own order outranks the best time of day. */
  keepPreference: boolean;
  /** The day may start before its window for a sunrise (not a departure day, not one starting late). */
  sunriseAllowed: boolean;
  /** How late an evening outing may end the day; undefined when the day may not have one. */
  eveningEnd: number | undefined;
}

/** A place's windows on one day. */
export interface PlaceWindows {
  windows: TimeWindow[];
  /** A sunrise visit, before the day's window. */
  early: boolean;
  /** An evening outing past the day's window. */
  late: boolean;
  /**
   * Set when a sunrise or sunset place is kept for another day: its hours allow the sun time today
   * but the day does not (a departure, a late start). These are the ordinary windows it would have.
   */
  withheld?: TimeWindow[];
}

/** Windows a place's visit may start in on a day, honouring its best time of day when possible. */
export function placeWindows(place: Place, destination: Destination, day: FrameDay, dayWindow: { start: number; end: number }, fromStay: number, allowance: DayAllowance): PlaceWindows {
  const opening = openIntervals(place.openingHours, destination.country, day.date, destination.timezone, { lat: place.lat, lon: place.lon });
  // The hot season's midday rest is part of the day's hours for outdoor temples.
  const intervals = withoutRest(opening, middayRestFor(place, destination, day.date));
  const visit = plannedVisitMinutes(place);
  // Ordinary visits start no earlier than one could get there from the stay after the day begins,
  // even on a day whose route starts early for a sunrise elsewhere.
  const window = { start: dayWindow.start + fromStay, end: dayWindow.end };
  const normal = clampWindows(intervals, visit, window.start, window.end - visit);
  const bestTime = allowance.keepPreference ? place.bestTime : undefined;
  const sun = allowance.keepPreference ? sunWindow(place, day.date, destination.timezone) : undefined;
  if (sun) {
    // Start no later than the window's beginning and stay until its end; come at most
    // SUNRISE_LEAD_MINUTES before sunrise to find a spot.
    const earliest = sun.kind === 'sunrise' ? Math.max(sun.to - visit, sun.moment - SUNRISE_LEAD_MINUTES) : sun.to - visit;
    const byHours = clampWindows(intervals, visit, earliest, sun.from);
    // Hours that rule out the sun time: an honest ordinary visit, no claim of sunrise or sunset.
    if (byHours.length === 0) return { windows: normal, early: false, late: false };
    if (sun.kind === 'sunrise') {
      // Sunrise comes before the normal day: this is the one visit allowed to start early.
      return allowance.sunriseAllowed ? { windows: byHours, early: true, late: false } : { windows: [], early: false, late: false, withheld: normal };
    }
    const inDay = clampWindows(byHours.map((w): MinuteInterval => [w.open, w.close + visit]), visit, window.start, window.end - visit);
    return inDay.length > 0 ? { windows: inDay, early: false, late: false } : { windows: [], early: false, late: false, withheld: normal };
  }
  let preferred: TimeWindow[] = [];
  switch (bestTime) {
    case 'evening':
    case 'night': {
      // An evening outing may run past the day's usual end (the one visit allowed to), when the day has one.
      const end = Math.max(window.end, allowance.eveningEnd ?? window.end);
      preferred = clampWindows(intervals, visit, Math.max(window.start, (bestTime === 'evening' ? 17 : 19) * 60), end - visit);
      const late = preferred.some((w) => w.close + visit > window.end);
      if (preferred.length > 0) return { windows: preferred, early: false, late };
      break;
    }
    case 'morning':
      preferred = clampWindows(intervals, visit, window.start, Math.min(11 * 60, window.end - visit));
      break;
    case 'afternoon':
      preferred = clampWindows(intervals, visit, Math.max(window.start, 12 * 60), window.end - visit);
      break;
    default:
      break;
  }
  return { windows: preferred.length > 0 ? preferred : normal, early: false, late: false };
}

/** When a place's visit may start on a given day: its opening hours, the day's window and its best time of day. */
import type { Destination, Place } from '@/lib/data/schema';
import { openIntervals } from '@/lib/data/opening-hours';
import { sunTimes } from '@/lib/geo/sun';
import type { TimeWindow } from '@/lib/toptw';
import { SUNRISE_LEAD_MINUTES, SUNSET_TAIL_MINUTES } from './pace';
import type { FrameDay } from './trip-frame';

// Windows are for the start of a visit: an interval only counts if the whole visit ends before it closes.
function clampWindows(intervals: readonly (readonly [number, number])[], visit: number, from: number, to: number): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (const [s, e] of intervals) {
    const open = Math.max(s, from);
    const close = Math.min(e - visit, to);
    if (close >= open) out.push({ open, close });
  }
  return out;
}

/** Windows a place's visit may start in on a day, honouring its best time of day when possible. */
export function placeWindows(
  place: Place,
  destination: Destination,
  day: FrameDay,
  dayWindow: { start: number; end: number },
  normalStart: number,
  fromStay: number,
  keepPreference: boolean,
  eveningEnd: number | undefined,
): { windows: TimeWindow[]; early: boolean; late: boolean } {
  const intervals = openIntervals(place.openingHours, destination.country, day.date, destination.timezone, { lat: place.lat, lon: place.lon });
  // Ordinary visits start no earlier than one could get there from the stay after the day begins,
  // even on a day whose route starts early for a sunrise elsewhere.
  const window = { start: dayWindow.start + fromStay, end: dayWindow.end };
  const normal = clampWindows(intervals, place.visitMinutes, window.start, window.end - place.visitMinutes);
  const sun = place.bestTime === 'sunrise' || place.bestTime === 'sunset' ? sunTimes(day.date, place, destination.timezone) : undefined;
  let preferred: TimeWindow[] = [];
  // Sunrise only on a day that starts normally, not one that begins with an arrival or a move.
  // A traveller's own order outranks the best time of day.
  const bestTime = !keepPreference || (place.bestTime === 'sunrise' && dayWindow.start > normalStart) ? undefined : place.bestTime;
  switch (bestTime) {
    case 'sunrise': {
      const open = (sun as { sunrise: number }).sunrise - SUNRISE_LEAD_MINUTES;
      // Sunrise comes before the normal day: this is the one visit allowed to start early.
      return { windows: clampWindows(intervals, place.visitMinutes, open, open + 20), early: true, late: false };
    }
    case 'sunset': {
      const close = (sun as { sunset: number }).sunset + SUNSET_TAIL_MINUTES - place.visitMinutes;
      preferred = clampWindows(intervals, place.visitMinutes, Math.max(window.start, close - 30), Math.min(close, window.end - place.visitMinutes));
      break;
    }
    case 'evening':
    case 'night': {
      // An evening outing may run past the day's usual end (the one visit allowed to), when the day has one.
      const end = Math.max(window.end, eveningEnd ?? window.end);
      preferred = clampWindows(intervals, place.visitMinutes, Math.max(window.start, (bestTime === 'evening' ? 17 : 19) * 60), end - place.visitMinutes);
      const late = preferred.some((w) => w.close + place.visitMinutes > window.end);
      if (preferred.length > 0) return { windows: preferred, early: false, late };
      break;
    }
    case 'morning':
      preferred = clampWindows(intervals, place.visitMinutes, window.start, Math.min(11 * 60, window.end - place.visitMinutes));
      break;
    case 'afternoon':
      preferred = clampWindows(intervals, place.visitMinutes, Math.max(window.start, 12 * 60), window.end - place.visitMinutes);
      break;
    default:
      break;
  }
  return { windows: preferred.length > 0 ? preferred : normal, early: false, late: false };
}

/**
 * The hot season's midday rest. The Cambodian destinations' hot-season advice (data, season `hot`)
 * says to see temples at dawn and late afternoon and rest at midday; the plan keeps to it: in those
 * months no outdoor temple (an outdoor place of category temple, or any place on the Angkor Pass,
 * which is the temple park) is visited between 12:00 and 14:00.
 */
import type { Destination, Place } from '@/lib/data/schema';
import type { MinuteInterval } from '@/lib/data/opening-hours';
import type { IsoDate } from '@/lib/time/local-time';

/** The season whose advice asks for the midday rest. */
const HOT_SEASON_ID = 'hot';
/** The hours of the rest (local minutes). */
export const MIDDAY_REST: MinuteInterval = [12 * 60, 14 * 60];

/** Whether the place is an outdoor temple in the sense of the heat advice. */
export function isOutdoorTemple(place: Place): boolean {
  return (place.category === 'temple' && place.tags.includes('outdoor')) || place.fee.kind === 'pass';
}

/** The midday rest that applies to `place` on `date`, or undefined when none does. */
export function middayRestFor(place: Place, destination: Destination, date: IsoDate): MinuteInterval | undefined {
  if (destination.country !== 'KH' || !isOutdoorTemple(place)) return undefined;
  const month = Number(date.slice(5, 7));
  return destination.seasons.some((s) => s.id === HOT_SEASON_ID && s.months.includes(month)) ? MIDDAY_REST : undefined;
}

/** `intervals` less the rest `[from, to)`. */
export function withoutRest(intervals: readonly MinuteInterval[], rest: MinuteInterval | undefined): MinuteInterval[] {
  if (!rest) return intervals.slice();
  const [from, to] = rest;
  return intervals.flatMap(([s, e]): MinuteInterval[] => {
    if (e <= from || s >= to) return [[s, e]];
    return [...(s < from ? [[s, from] as const] : []), ...(e > to ? [[to, e] as const] : [])];
  });
}

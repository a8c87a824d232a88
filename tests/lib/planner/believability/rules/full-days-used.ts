/**
 * Long trips are used: a full sightseeing day (in a destination, no flight, transfer or intercity
 * leg eating into it) has at least two visits, one at a relaxed pace, or is spent on a day trip (a
 * place tagged dayTrip: the lake, a far temple, an island). A shorter day is believable only when
 * the plan says plainly that the stay is longer than the destination's places fill, with
 * the numbers (days there, days filled, fewer filled than spent).
 */
import type { Itinerary, ItineraryDay } from '@/lib/planner/itinerary';
import type { BelievabilityRule } from '../rule';

/** Whether nothing but local sightseeing happens on the day. */
export function isFullSightseeingDay(day: ItineraryDay): boolean {
  return day.destination !== null && !day.items.some((item) => item.type === 'flight' || item.type === 'transfer' || item.fromHub !== undefined);
}

/** The numbers of the "longer than the destination needs" warning for `slug`, if the plan gives one. */
export function spareDaysWarning(itinerary: Itinerary, slug: string): { days: number; filled: number } | undefined {
  for (const warning of itinerary.warnings) {
    const params = warning.text.params ?? {};
    const destination = params.destination as { id?: string } | undefined;
    if (warning.code === 'trip_longer_than_destination' && destination?.id === slug) return { days: Number(params.days), filled: Number(params.filled) };
  }
  return undefined;
}

export const fullDaysUsed: BelievabilityRule = {
  name: 'full-days-used',
  violations(itinerary, request, catalog) {
    const least = request.pace === 'relaxed' ? 1 : 2;
    return itinerary.days.flatMap((day) => {
      if (!isFullSightseeingDay(day)) return [];
      const visits = day.items.filter((item) => item.type === 'visit');
      const dayTrip = visits.some((item) => catalog.places.get(item.placeId ?? '')?.place.tags.includes('dayTrip'));
      if (visits.length >= least || dayTrip) return [];
      const spare = spareDaysWarning(itinerary, day.destination as string);
      if (spare && spare.filled < spare.days) return [];
      return [`day ${day.dayNumber} ${day.destination}: ${visits.length} visit(s) on a full day, and no warning that the stay outlasts its places`];
    });
  },
};

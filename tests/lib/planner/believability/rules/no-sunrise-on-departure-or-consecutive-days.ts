/**
 * No sunrise start on a day of leaving (a flight, airport transfer or intercity leg after the sunrise
 * visit), nor on two consecutive days, unless the traveller pinned the sunrise place to that day. A
 * sunrise start is a visit to a sunrise place that begins by sunrise, whether or not it stays long
 * enough to claim it (sun-times checks that).
 */
import { sunWindow } from '@/lib/planner/sun-visit';
import { addDays } from '@/lib/time/local-time';
import type { BelievabilityRule } from '../rule';
import { pinnedOn, visitsOf } from '../visits';

export const noSunriseOnDepartureOrConsecutiveDays: BelievabilityRule = {
  name: 'no-sunrise-on-departure-or-consecutive-days',
  violations(itinerary, request, catalog) {
    const sunrises = visitsOf(itinerary, catalog).filter((v) => {
      const sun = sunWindow(v.place, v.day.date, v.destination.timezone);
      return sun?.kind === 'sunrise' && v.start <= sun.moment;
    });
    const pinned = (date: string) => sunrises.some((v) => v.day.date === date && pinnedOn(request, v.place.id, v.day.dayNumber));
    const dates = new Set(sunrises.map((v) => v.day.date));
    return sunrises.flatMap((visit) => {
      const out: string[] = [];
      if (pinned(visit.day.date)) return out;
      const leaves = visit.day.items.find((item) => (item.type === 'flight' || item.toHub !== undefined) && item.start >= visit.item.end);
      if (leaves) out.push(`${visit.label} at sunrise on a day of leaving (${leaves.type} at ${leaves.start.slice(11, 16)})`);
      const yesterday = addDays(visit.day.date, -1);
      if (dates.has(yesterday) && !pinned(yesterday)) out.push(`${visit.label} at sunrise the day after another sunrise start`);
      return out;
    });
  },
};

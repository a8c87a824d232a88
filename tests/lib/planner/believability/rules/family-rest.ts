/**
 * With children, days are slower: at most the party's visits a day in each destination
 * (maxVisitsFor, fewer than the pace allows; visits the traveller named come on top), and in the hot months every full
 * sightseeing day has a rest of two hours starting 13:00–14:30, after lunch, with no visit during it,
 * unless the traveller set that day's order or a time on it (a reorder or a timed pin is theirs).
 */
import { maxVisitsFor, REST_MINUTES, REST_WINDOW, restsAtMidday } from '@/lib/planner/party';
import { localParts } from '../../support';
import { describe, destinationOf, isFullSightseeingDay, mealsOf } from '../day-meals';
import type { BelievabilityRule } from '../rule';

export const familyRest: BelievabilityRule = {
  name: 'family-rest',
  violations(itinerary, request, catalog) {
    if (request.travellers.children === 0) return [];
    const asked = new Set([...request.mustSee, ...request.pinned.map((p) => p.placeId)]);
    return itinerary.days.flatMap((day) => {
      const out: string[] = [];
      const visits = day.items.filter((i) => i.type === 'visit');
      // Counted per destination: a move day's morning in one city and afternoon in the next are planned apart.
      const slugs = new Set(visits.map((v) => catalog.places.get(v.placeId ?? '')?.destination));
      for (const slug of slugs) {
        const here = visits.filter((v) => catalog.places.get(v.placeId ?? '')?.destination === slug);
        const limit = maxVisitsFor(request) + here.filter((v) => asked.has(v.placeId ?? '')).length;
        if (here.length > limit) out.push(`day ${day.dayNumber} has ${here.length} visits in ${slug} (at most ${limit})`);
      }
      const destination = destinationOf(day, catalog);
      const theirs = request.pinned.some((pin) => pin.day === day.dayNumber && (pin.order !== undefined || pin.start !== undefined));
      if (!destination || theirs || !isFullSightseeingDay(day) || !restsAtMidday(request, destination.country, day.date)) return out;
      const rests = day.items.filter((i) => i.title.code === 'restAtStay' || i.title.code === 'restNear');
      const rest = rests[0];
      if (rests.length !== 1 || !rest) return [...out, `day ${day.dayNumber} has ${rests.length} midday rests`];
      const start = localParts(rest.start).minutes;
      const end = localParts(rest.end).minutes;
      if (start < REST_WINDOW.open || start > REST_WINDOW.close || end - start < REST_MINUTES) out.push(`${describe(day, rest)}–${rest.end.slice(11, 16)}`);
      const lunch = mealsOf(day, 'lunch')[0];
      if (lunch && lunch.end > rest.start) out.push(`${describe(day, rest)} before lunch`);
      for (const visit of visits) if (visit.start < rest.end && rest.start < visit.end) out.push(`${describe(day, visit)} during the rest`);
      return out;
    });
  },
};

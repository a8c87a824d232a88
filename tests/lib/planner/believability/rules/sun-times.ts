/**
 * Sunrise and sunset are claimed only by a visit that is there for the whole window (15 minutes
 * before to 45 after sunrise; the hour before sunset), and a sunrise or sunset place is visited at
 * that time whenever its hours on the date allow it, on a day of sightseeing (no flight or transfer
 * cutting it) that may start early (for sunrise: no sunrise outing the day before or after). A
 * place the traveller asked for may be seen at an ordinary time.
 */
import { openIntervals } from '@/lib/data/opening-hours';
import { plannedVisitMinutes, spansSunWindow, sunWindow, type SunWindow } from '@/lib/planner/sun-visit';
import { addDays } from '@/lib/time/local-time';
import type { BelievabilityRule } from '../rule';
import { askedFor, hasTransit, visitsOf, type Visit } from '../visits';

/** Whether the place's hours on the visit's date leave room for a visit spanning the window. */
function hoursAllow(visit: Visit, sun: SunWindow): boolean {
  const { place, destination, day } = visit;
  const length = plannedVisitMinutes(place);
  return openIntervals(place.openingHours, destination.country, day.date, destination.timezone, place).some(([s, e]) => Math.max(s, sun.to - length) <= Math.min(sun.from, e - length));
}

export const sunTimesRule: BelievabilityRule = {
  name: 'sun-times',
  violations(itinerary, request, catalog) {
    const visits = visitsOf(itinerary, catalog);
    const atSunrise = new Set(
      visits.filter((v) => {
        const sun = sunWindow(v.place, v.day.date, v.destination.timezone);
        return sun?.kind === 'sunrise' && spansSunWindow(sun, v.start, v.end);
      }).map((v) => v.day.date),
    );
    return visits.flatMap((visit) => {
      const sun = sunWindow(visit.place, visit.day.date, visit.destination.timezone);
      const spans = sun !== undefined && spansSunWindow(sun, visit.start, visit.end);
      const claim = visit.item.notes?.find((note) => note.code === 'sunrise' || note.code === 'sunset');
      const out: string[] = [];
      if (claim && !spans) out.push(`${visit.label} claims ${claim.code} without spanning the window`);
      if (sun && !spans && !askedFor(request, visit.place.id) && !hasTransit(visit.day) && hoursAllow(visit, sun)) {
        const nextToSunrise = atSunrise.has(addDays(visit.day.date, -1)) || atSunrise.has(addDays(visit.day.date, 1));
        if (sun.kind === 'sunset' || !nextToSunrise) out.push(`${visit.label} is a ${sun.kind} place (${sun.from}–${sun.to} min) visited at an ordinary time though its hours allow the ${sun.kind}`);
      }
      return out;
    });
  },
};

/**
 * Sunrise and sunset are claimed only by a visit that is there for the whole window (15 minutes
 * before to 45 after sunrise; the hour before sunset), and a sunrise or sunset place is visited at
 * that time whenever its hours on the date allow it: an ordinary visit is honest only when the hours
 * rule the sun time out that day, when no day of the stay there could have it (only arrival, departure
 * or move days: Angkor Wat in the afternoon of a short stay rather than not at all), or when the
 * traveller asked for the place.
 */
import { openIntervals } from '@/lib/data/opening-hours';
import type { Destination, Place } from '@/lib/data/schema';
import type { Itinerary, ItineraryDay } from '@/lib/planner/itinerary';
import { plannedVisitMinutes, spansSunWindow, sunWindow } from '@/lib/planner/sun-visit';
import type { BelievabilityRule } from '../rule';
import { askedFor, visitsOf } from '../visits';

/** Whether the place's hours on `date` leave room for a visit spanning its sun window. */
function hoursAllow(place: Place, destination: Destination, date: string): boolean {
  const sun = sunWindow(place, date, destination.timezone);
  if (!sun) return false;
  const length = plannedVisitMinutes(place);
  return openIntervals(place.openingHours, destination.country, date, destination.timezone, place).some(([s, e]) => Math.max(s, sun.to - length) <= Math.min(sun.from, e - length));
}

/** A day that starts or ends with a flight, airport transfer or intercity leg: the planner keeps no sun outing on it. */
function isTravelDay(day: ItineraryDay): boolean {
  return day.items.some((item) => item.type === 'flight' || item.type === 'transfer' || item.fromHub !== undefined);
}

/** Whether any full day spent in the destination could have had the place at its sun time. */
function someDayAllows(itinerary: Itinerary, place: Place, destination: Destination): boolean {
  return itinerary.days.some((day) => day.destination === destination.slug && !isTravelDay(day) && hoursAllow(place, destination, day.date));
}

export const sunTimesRule: BelievabilityRule = {
  name: 'sun-times',
  violations(itinerary, request, catalog) {
    return visitsOf(itinerary, catalog).flatMap((visit) => {
      const { place, destination, day } = visit;
      const sun = sunWindow(place, day.date, destination.timezone);
      const spans = sun !== undefined && spansSunWindow(sun, visit.start, visit.end);
      const claim = visit.item.notes?.find((note) => note.code === 'sunrise' || note.code === 'sunset');
      const out: string[] = [];
      if (claim && !spans) out.push(`${visit.label} claims ${claim.code} without spanning the window`);
      if (sun && !spans && !askedFor(request, place.id) && hoursAllow(place, destination, day.date) && someDayAllows(itinerary, place, destination)) {
        out.push(`${visit.label} is a ${sun.kind} place (window ${sun.from}–${sun.to} min) visited at an ordinary time though its hours allow the ${sun.kind}`);
      }
      return out;
    });
  },
};

/** The visits of an itinerary with the place and destination each one is at, for rules that look at visits. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Destination, Place } from '@/lib/data/schema';
import type { Itinerary, ItineraryDay, ItineraryItem } from '@/lib/planner/itinerary';
import { localParts } from '../support';

export interface Visit {
  day: ItineraryDay;
  item: ItineraryItem;
  place: Place;
  destination: Destination;
  /** Local minutes after midnight of the visit's own date. */
  start: number;
  end: number;
  /** "day 3 siem-reap-angkor-wat 05:12–08:12", for violation lines. */
  label: string;
}

/** Every visit of the itinerary to a place of the catalogue. */
export function visitsOf(itinerary: Itinerary, catalog: Catalog): Visit[] {
  return itinerary.days.flatMap((day) =>
    day.items.flatMap((item): Visit[] => {
      const entry = item.type === 'visit' && item.placeId ? catalog.places.get(item.placeId) : undefined;
      const destination = entry ? catalog.destinationsBySlug.get(entry.destination) : undefined;
      if (!entry || !destination) return [];
      const end = localParts(item.end);
      // A visit past midnight ends on the next date: count its end on from the day's own midnight.
      const endMinutes = end.minutes + (end.date === item.start.slice(0, 10) ? 0 : 24 * 60);
      const label = `day ${day.dayNumber} ${day.date} ${entry.place.id} ${item.start.slice(11, 16)}–${item.end.slice(11, 16)}`;
      return [{ day, item, place: entry.place, destination, start: localParts(item.start).minutes, end: endMinutes, label }];
    }),
  );
}

/** Whether the traveller pinned the place to this day. */
export function pinnedOn(request: { pinned: readonly { placeId: string; day: number }[] }, placeId: string, dayNumber: number): boolean {
  return request.pinned.some((pin) => pin.placeId === placeId && pin.day === dayNumber);
}

/** Whether the traveller asked for the place (must-see or pin): their wish outranks the rules of thumb. */
export function askedFor(request: { mustSee: readonly string[]; pinned: readonly { placeId: string }[] }, placeId: string): boolean {
  return request.mustSee.includes(placeId) || request.pinned.some((pin) => pin.placeId === placeId);
}

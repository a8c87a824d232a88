/**
 * Every visit lies inside one of the place's open intervals on that date: its weekly hours, holiday
 * rules (Khmer New Year, Seollal, Chuseok) and recorded closures (the catalogue folds closures into
 * the hours), unless the traveller pinned it to a time of their own.
 */
import { openIntervals } from '@/lib/data/opening-hours';
import type { BelievabilityRule } from '../rule';
import { visitsOf } from '../visits';

export const openOnTheDay: BelievabilityRule = {
  name: 'open-on-the-day',
  violations(itinerary, request, catalog) {
    return visitsOf(itinerary, catalog)
      .filter((v) => !request.pinned.some((pin) => pin.placeId === v.place.id && pin.start !== undefined))
      .flatMap((v) => {
        const open = openIntervals(v.place.openingHours, v.destination.country, v.day.date, v.destination.timezone, v.place);
        if (open.some(([s, e]) => s <= v.start && v.end <= e)) return [];
        const hours = open.map(([s, e]) => `${s}–${e}`).join(', ') || 'closed';
        return [`${v.label} outside its hours that day (${hours})`];
      });
  },
};

/** With children: no nightlife place they did not ask for, and every day over by 21:30 (the ride home included). */
import { FAMILY_DAY_END } from '@/lib/planner/party';
import { localParts } from '../../support';
import type { BelievabilityRule } from '../rule';

export const familiesNoNightlifeNoLateNights: BelievabilityRule = {
  name: 'families-no-nightlife-no-late-nights',
  violations(itinerary, request, catalog) {
    if (request.travellers.children === 0) return [];
    const asked = new Set([...request.mustSee, ...request.pinned.map((p) => p.placeId)]);
    return itinerary.days.flatMap((day) =>
      day.items.flatMap((item) => {
        const out: string[] = [];
        const place = item.placeId ? catalog.places.get(item.placeId)?.place : undefined;
        if (place?.category === 'nightlife' && !place.tags.includes('kidFriendly') && !asked.has(place.id)) out.push(`day ${day.dayNumber} nightlife ${place.id}`);
        // Flights, airport transfers and intercity legs keep their timetables.
        const local = item.type !== 'flight' && item.type !== 'transfer' && item.fromHub === undefined;
        const end = localParts(item.end);
        if (local && (end.date !== day.date || end.minutes > FAMILY_DAY_END)) out.push(`day ${day.dayNumber} ${item.type} ${item.placeId ?? ''} ends ${item.end.slice(11, 16)}`);
        return out;
      }),
    );
  },
};

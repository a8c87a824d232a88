/**
 * In the Cambodian hot season (March to May) the plan's own warning says to rest at midday: no outdoor
 * temple (an outdoor temple, or anything on the Angkor Pass) is visited between 12:00 and 14:00,
 * unless the traveller pinned it to a time.
 */
import { isOutdoorTemple, MIDDAY_REST } from '@/lib/planner/midday-heat';
import type { BelievabilityRule } from '../rule';
import { visitsOf } from '../visits';

const HOT_MONTHS = [3, 4, 5];

export const noOutdoorTemplesAtHotNoon: BelievabilityRule = {
  name: 'no-outdoor-temples-at-hot-noon',
  violations(itinerary, request, catalog) {
    const [from, to] = MIDDAY_REST;
    return visitsOf(itinerary, catalog)
      .filter((v) => v.destination.country === 'KH' && HOT_MONTHS.includes(Number(v.day.date.slice(5, 7))) && isOutdoorTemple(v.place))
      .filter((v) => !request.pinned.some((pin) => pin.placeId === v.place.id && pin.start !== undefined))
      .filter((v) => v.start < to && v.end > from)
      .map((v) => `${v.label} in the midday heat`);
  },
};

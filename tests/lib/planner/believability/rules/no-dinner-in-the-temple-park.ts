/**
 * Dinner is never beside a temple of a park's pass (the Angkor park is forest and closes at dusk):
 * not "near" one, and not within a kilometre of one.
 */
import { haversineKm } from '@/lib/geo/distance';
import { describe, destinationOf, mealsOf } from '../day-meals';
import type { BelievabilityRule } from '../rule';

const BESIDE_KM = 1;

export const noDinnerInTheTemplePark: BelievabilityRule = {
  name: 'no-dinner-in-the-temple-park',
  violations(itinerary, _request, catalog) {
    return itinerary.days.flatMap((day) => {
      const parkPlaces = (destinationOf(day, catalog)?.places ?? []).filter((p) => p.fee.kind === 'pass');
      return mealsOf(day, 'dinner').flatMap((dinner) => {
        const beside = parkPlaces.find((p) => dinner.lat !== undefined && dinner.lon !== undefined && haversineKm(p, { lat: dinner.lat, lon: dinner.lon }) <= BESIDE_KM);
        return beside ? [`${describe(day, dinner)} beside ${beside.id}`] : [];
      });
    });
  },
};

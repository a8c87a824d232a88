/** How much a place is worth to this traveller: the planner's objective, per place. */
import type { Interest, Place } from '@/lib/data/schema';

/** Weight of an interest the traveller did not mention. */
const DEFAULT_WEIGHT = 0.5;
/** Must-see places outweigh any mix of ordinary ones the solver could trade them for. */
export const MUST_SEE_BONUS = 1000;

/**
 * importance² (1–100) scaled by the traveller's strongest matching interest. Squared so that one
 * headline sight outweighs two minor ones (a day with the Royal Palace beats a day of three small
 * markets); a place matching no interest they care about keeps a quarter of its value.
 */
export function placeValue(place: Place, interests: Partial<Record<Interest, number>>): number {
  let best = 0;
  for (const tag of place.interests) best = Math.max(best, interests[tag] ?? DEFAULT_WEIGHT);
  return Math.round(place.importance * place.importance * (2.5 + 7.5 * best)) / 10;
}

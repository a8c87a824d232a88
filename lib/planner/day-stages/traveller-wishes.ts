/** The request's wishes narrowed to one destination: the request speaks for the whole trip, each destination's stages need only their part. */
import type { Destination, Place } from '@/lib/data/schema';
import { suitsParty } from '../party';
import type { PlanRequest } from '../request';

/** What the request asks of one destination. */
export interface TravellerWishes {
  /** The destination's places, less the avoided ones and those not for this party (nightlife with children). */
  places: Place[];
  mustSee: Set<string>;
  /** Pins of this destination's places, in request order. */
  pins: PlanRequest['pinned'];
  pinnedIds: Set<string>;
  /** Pinned places that carry an order (the order then outranks their best time of day). */
  orderedIds: Set<string>;
}

/** The wishes of `request` that concern `destination`. */
export function travellerWishes(destination: Destination, request: PlanRequest): TravellerWishes {
  const avoided = new Set(request.avoid);
  const pins = request.pinned.filter((pin) => destination.places.some((p) => p.id === pin.placeId));
  const mustSee = new Set(request.mustSee);
  const pinnedIds = new Set(pins.map((pin) => pin.placeId));
  // The party decides what the planner offers; what the traveller names is planned whoever travels.
  const offered = (p: Place) => suitsParty(p, request) || mustSee.has(p.id) || pinnedIds.has(p.id);
  return {
    places: destination.places.filter((p) => !avoided.has(p.id) && offered(p)),
    mustSee,
    pins,
    pinnedIds,
    orderedIds: new Set(pins.filter((pin) => pin.order !== undefined).map((pin) => pin.placeId)),
  };
}

/** Whether the traveller asked for the place by name (must-see or pin). */
export function isWanted(wishes: TravellerWishes, placeId: string): boolean {
  return wishes.mustSee.has(placeId) || wishes.pinnedIds.has(placeId);
}

/**
 * Local re-planning: a plan planned again on some of its days while every other day is kept exactly
 * as it was (places, order, times, costs). The frame (destinations, days, flights, hotels) depends on
 * the trip settings alone (TripSettings), so for an edit of places it comes out as before; when it
 * does not (a plan made by an earlier planner), the days cannot be kept and FrameChangedError says so.
 */
import { isDeepStrictEqual } from 'node:util';
import { AppError } from '@/lib/errors';
import type { Itinerary, ItineraryDay, ItineraryItem, StayRef } from './itinerary';
import type { PlanRequest } from './request';
import type { LocalReplan } from './route-day';

/** The days to plan again, and the plan that holds the others. */
export interface KeptDays {
  itinerary: Itinerary;
  /** Day numbers planned afresh; every other day is copied from `itinerary`. */
  replan: ReadonlySet<number>;
}

/** The kept days' frame differs from what the planner frames today: they cannot be kept as they are. */
export class FrameChangedError extends AppError {
  constructor(dayNumber: number) {
    super('frame_changed', `Day ${dayNumber} of this plan was framed differently (another planner version): the whole trip must be planned again.`, 409);
  }
}

/** Whether day `dayNumber` is copied from the kept plan. */
export function isKept(keep: KeptDays | undefined, dayNumber: number): keep is KeptDays {
  return keep !== undefined && !keep.replan.has(dayNumber);
}

/** Transit items (flights, airport transfers, intercity legs) are the frame's; the rest is sightseeing. */
export function isTransit(item: ItineraryItem): boolean {
  return item.type === 'flight' || item.type === 'transfer' || item.fromHub !== undefined;
}

/**
 * Throws FrameChangedError unless the kept day has the destination, night and transit the frame gives
 * it now: then its sightseeing still fits between them.
 */
export function checkSameFrame(kept: ItineraryDay, framed: { destination: string | null; stay: StayRef; transit: ItineraryItem[] }): void {
  // Deep equality, not JSON text: a stored plan read back through its schema may order keys differently.
  const same = kept.destination === framed.destination && isDeepStrictEqual(kept.stay, framed.stay) && isDeepStrictEqual(kept.items.filter(isTransit), framed.transit);
  if (!same) throw new FrameChangedError(kept.dayNumber);
}

/**
 * The request the re-planned days are planned from: places visited on kept days are taken (not
 * offered again, and a must-see among them is already seen), and only the re-planned days' pins remain.
 */
export function requestForReplannedDays(request: PlanRequest, keep: KeptDays): PlanRequest {
  const taken = new Set(keep.itinerary.days.filter((day) => isKept(keep, day.dayNumber)).flatMap((day) => day.items.flatMap((item) => (item.type === 'visit' && item.placeId ? [item.placeId] : []))));
  return {
    ...request,
    avoid: [...new Set([...request.avoid, ...taken])],
    mustSee: request.mustSee.filter((id) => !taken.has(id)),
    pinned: request.pinned.filter((pin) => keep.replan.has(pin.day)),
  };
}

/**
 * The local re-plan of `keep`: its days, and those of them beside a kept day that starts at sunrise
 * (no two sunrise starts running, as in a fresh plan).
 */
export function localReplan(keep: KeptDays): LocalReplan {
  const sunriseOn = new Set(keep.itinerary.days.filter((day) => isKept(keep, day.dayNumber) && day.items.some((item) => item.notes?.some((note) => note.code === 'sunrise'))).map((day) => day.dayNumber));
  return { days: keep.replan, noSunriseOn: new Set([...keep.replan].filter((day) => sunriseOn.has(day - 1) || sunriseOn.has(day + 1))) };
}

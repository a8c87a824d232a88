/** What a destination is worth to this traveller, and the days each destination gets for it. */
import type { Destination } from '@/lib/data/schema';
import { placeValue } from '../place-value';
import type { TripSettings } from '../request';
import type { FrameDay, ScheduledLeg } from '../trip-frame';

/** Best places counted when comparing destinations' worth. */
const TOP_PLACES = 8;

/** The value of a destination's best places for the traveller's interests (a trip setting: place edits never change it). */
export function destinationWorth(destination: Destination, request: TripSettings): number {
  const values = destination.places.map((p) => placeValue(p, request.interests));
  values.sort((a, b) => b - a);
  return values.slice(0, TOP_PLACES).reduce((sum, v) => sum + v, 0);
}

/** The destination worth least; among equals the earliest, so the choice is deterministic. */
export function leastWorth(destinations: readonly Destination[], request: TripSettings): Destination {
  return destinations.reduce((a, b) => (destinationWorth(b, request) < destinationWorth(a, request) ? b : a));
}

/** The destinations to leave out, least worthwhile first, so that each one left gets a day on the ground. */
export function beyondGroundDays(order: readonly Destination[], groundDays: number, request: TripSettings): Destination[] {
  let kept = order;
  const dropped: Destination[] = [];
  while (kept.length > groundDays) {
    const worst = leastWorth(kept, request);
    dropped.push(worst);
    kept = kept.filter((d) => d !== worst);
  }
  return dropped;
}

/**
 * A destination not worth the trip there once the days are laid out: one left with no time to
 * sightsee (its only day eaten by travel), or else, when the last move would end after the flight
 * home leaves, the least worthwhile of all. Undefined when there is none, or only one destination.
 */
export function notWorthTheTrip(kept: readonly Destination[], days: readonly FrameDay[], moves: readonly ScheduledLeg[][], leaveMs: number, request: TripSettings): Destination | undefined {
  const lastMove = moves[moves.length - 1];
  const starved = kept.filter((d) => !days.some((day) => day.destination === d && day.window));
  if ((starved.length > 0 || (lastMove && (lastMove[lastMove.length - 1] as ScheduledLeg).endMs > leaveMs)) && kept.length > 1) {
    return leastWorth(starved.length > 0 ? starved : kept, request);
  }
  return undefined;
}

/** Splits `total` days over destinations in proportion to their worth, at least one each. */
export function splitDays(worths: readonly number[], total: number): number[] {
  const sum = worths.reduce((a, b) => a + b, 0) || 1;
  const targets = worths.map((w) => (total * w) / sum);
  const counts = targets.map((t) => Math.max(1, Math.floor(t)));
  const gap = (i: number) => (targets[i] as number) - (counts[i] as number);
  while (counts.reduce((a, b) => a + b, 0) < total) {
    let best = 0;
    for (let i = 1; i < counts.length; i++) if (gap(i) > gap(best)) best = i;
    counts[best] = (counts[best] as number) + 1;
  }
  while (counts.reduce((a, b) => a + b, 0) > total) {
    let best = -1;
    for (let i = 0; i < counts.length; i++) if ((counts[i] as number) > 1 && (best < 0 || gap(i) < gap(best))) best = i;
    if (best < 0) break;
    counts[best] = (counts[best] as number) - 1;
  }
  return counts;
}

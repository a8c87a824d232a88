/**
 * What the party travelling changes in a plan beyond ticket prices. With children: no nightlife
 * places (bars, pub streets) unless they are meant for families or the traveller asks for them, and
 * every day (the ride back to the stay included) over by 21:30, evening outings too.
 */
import type { Place } from '@/lib/data/schema';
import { PACE } from './pace';
import type { TripSettings } from './request';

/** Latest end of a day for a party with children, in minutes after midnight. */
export const FAMILY_DAY_END = 21 * 60 + 30;

/** Whether the party includes children. */
export function withChildren(request: TripSettings): boolean {
  return request.travellers.children > 0;
}

/** Whether the planner may pick `place` for this party on its own (a must-see or pin is always kept). */
export function suitsParty(place: Place, request: TripSettings): boolean {
  return !withChildren(request) || place.category !== 'nightlife' || place.tags.includes('kidFriendly');
}

/**
 * When this party's ordinary days end, and how late a day with an evening outing may end. A day end
 * the traveller set is theirs to choose.
 */
export function dayEndsFor(request: TripSettings): { dayEnd: number; eveningEnd: number } {
  const pace = PACE[request.pace];
  if (!withChildren(request)) return { dayEnd: pace.dayEnd, eveningEnd: pace.eveningEnd };
  return { dayEnd: Math.min(pace.dayEnd, FAMILY_DAY_END), eveningEnd: Math.min(pace.eveningEnd, FAMILY_DAY_END) };
}

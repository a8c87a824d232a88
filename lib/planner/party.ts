/**
 * What the party travelling changes in a plan beyond ticket prices. With children: no nightlife
 * places (bars, pub streets) unless they are meant for families or the traveller asks for them,
 * every day (the ride back to the stay included) over by 21:30, evening outings too, fewer visits a
 * day than the pace allows, and in the hot months a rest after lunch.
 */
import type { CountryCode, Place } from '@/lib/data/schema';
import { PACE, type PaceSettings } from './pace';
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

/**
 * Most visits a day with children, per pace: a child's day holds about two fewer sights than an
 * adult's (queues, snacks, toilets, tiredness), and never more than the pace itself allows.
 */
const FAMILY_MAX_VISITS: Record<TripSettings['pace'], number> = { relaxed: 3, balanced: 4, packed: 5 };

/** Most visits in one day for this party. */
export function maxVisitsFor(request: TripSettings, pace: PaceSettings = PACE[request.pace]): number {
  return withChildren(request) ? Math.min(pace.maxVisits, FAMILY_MAX_VISITS[request.pace]) : pace.maxVisits;
}

/**
 * The months whose midday heat sends a family indoors: Cambodia's hot season (March–May, highs of
 * 35 °C and more before the rains) and the muggy peak of the Korean summer (July–August, when heat
 * advisories are issued most days). Other months stay below that even at noon.
 */
const HEAT_MONTHS: Record<CountryCode, readonly number[]> = { KH: [3, 4, 5], KR: [7, 8] };

/**
 * The midday rest of a family in the heat: it starts in this window, after lunch (a late lunch
 * pushes it towards 14:30), and lasts REST_MINUTES, through the hottest hours.
 */
export const REST_WINDOW = { open: 13 * 60, close: 14 * 60 + 30 };
export const REST_MINUTES = 120;

/** Whether this party rests after lunch on `date` (YYYY-MM-DD) in a country: children, in the hot months. */
export function restsAtMidday(request: TripSettings, country: CountryCode, date: string): boolean {
  return withChildren(request) && HEAT_MONTHS[country].includes(Number(date.slice(5, 7)));
}

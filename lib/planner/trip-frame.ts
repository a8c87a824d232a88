/**
 * The frame of a trip before any sightseeing is planned: which destinations in which order, which
 * days are spent where, and the scheduled flights, transfers and intercity legs that join them.
 * All instants are UTC milliseconds; days carry the local window left for sightseeing.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { CountryCode, Destination, Hub, StayArea, TimeZone } from '@/lib/data/schema';
import { clockToMinutes, daysBetween, type IsoDate } from '@/lib/time/local-time';
import { chooseOrder, homeAirportOf, reachableDestinations } from './frame-stages/destination-order';
import { layOutDays, nightStayAreas } from './frame-stages/lay-out-days';
import { layoversOf } from './frame-stages/layovers';
import { flightsToStays } from './frame-stages/transfer-ends';
import { flightsThereAndBack } from './frame-stages/schedule-legs';
import { beyondGroundDays, destinationWorth, notWorthTheTrip, splitDays } from './frame-stages/share-days';
import { PACE } from './pace';
import { dayEndsFor } from './party';
import type { TripSettings } from './request';
import { TransitGraph, type TransitLeg } from './transit';

/** Re-exported where it always lived, for callers of the frame. */
export { splitDays } from './frame-stages/share-days';

/** A transit leg placed in time. */
export interface ScheduledLeg {
  leg: TransitLeg;
  startMs: number;
  endMs: number;
  /** Time zones of the two ends (they differ only on international flights). */
  startZone: TimeZone;
  endZone: TimeZone;
  /** For the first or last transfer of a path, the stay area at its city end (frame-stages/transfer-ends.ts). */
  stayArea?: StayArea;
}

/** One day of the trip as framed: where it is spent and the time it leaves for sightseeing. */
export interface FrameDay {
  dayNumber: number;
  date: IsoDate;
  /** Where the traveller sleeps and sightsees; null before arrival or after leaving. */
  destination: Destination | null;
  stayArea: StayArea | null;
  /** Local minutes available for sightseeing, or null when the day has none. */
  window: { start: number; end: number } | null;
  /** On a move day: the morning left in the previous destination before leaving for the next. */
  morning: { destination: Destination; stayArea: StayArea; window: { start: number; end: number } } | null;
  /**
   * A night spent at a connecting hub because the next leg leaves only the next morning (e.g. landing
   * at Techo at 22:00 on the way to Siem Reap). `priceFrom` is the stay area whose rate it costs.
   */
  layover: { hub: Hub; priceFrom: StayArea | null } | null;
}

/** The trip's frame: its destinations in order, its days, and every scheduled leg. */
export interface TripFrame {
  visited: CountryCode;
  homeAirport: Hub;
  order: Destination[];
  /** Destinations asked for that did not fit in the days. */
  dropped: Destination[];
  outbound: ScheduledLeg[];
  moves: ScheduledLeg[][];
  inbound: ScheduledLeg[];
  days: FrameDay[];
  dayStart: number;
  dayEnd: number;
}


/**
 * Builds the frame of a trip; throws ValidationError when the request cannot be framed. Stages: home
 * airport → reachable destinations → visiting order → flights there and back → destinations that fit
 * the days → days per destination → night stay areas → days laid out → a destination not worth the
 * trip; a destination dropped on the way re-frames the trip without it.
 */
export function buildTripFrame(request: TripSettings, catalog: Catalog): TripFrame {
  const { visited, homeAirport } = homeAirportOf(request, catalog);
  const pace = PACE[request.pace];
  const dayStart = request.dayStart ? clockToMinutes(request.dayStart) : pace.dayStart;
  const dayEnd = request.dayEnd ? clockToMinutes(request.dayEnd) : dayEndsFor(request).dayEnd;
  const graph = new TransitGraph(catalog, visited, homeAirport.code, request.budget);

  const order = chooseOrder(reachableDestinations(request, catalog, visited, graph, homeAirport), request, graph, homeAirport);
  const first = order[0] as Destination;
  const last = order[order.length - 1] as Destination;
  const zone = first.timezone;
  const scheduled = flightsThereAndBack(
    graph.fromAirport(homeAirport.code, first.slug) as TransitLeg[],
    graph.toAirport(last.slug, homeAirport.code) as TransitLeg[],
    request,
    homeAirport,
    zone,
  );

  // Days on the ground, split between destinations; drop the least worthwhile if there are too few.
  const groundDays = daysBetween(scheduled.arrival.date, scheduled.leave.date) + 1;
  const tooMany = beyondGroundDays(order, groundDays, request);
  // Re-frame without them: fewer destinations can change the airports and so the arrival day.
  if (tooMany.length > 0) return reframeWithout(request, catalog, order, tooMany);
  const counts = splitDays(
    order.map((d) => destinationWorth(d, request)),
    groundDays,
  );
  const nightAreas = nightStayAreas(order, counts, scheduled, request);
  // The ride in ends at the first night's stay area, the ride out starts at the last one.
  const flights = flightsToStays(scheduled, nightAreas[0]?.[0] ?? null, nightAreas[nightAreas.length - 1]?.at(-1) ?? null, order, request, zone);

  const { days, moves } = layOutDays({
    request,
    kept: order,
    counts,
    nightAreas,
    flights,
    zone,
    dayStart,
    dayEnd,
    graph,
    homeCode: homeAirport.code,
    layoverOn: layoversOf(flights.outbound, flights.inbound, request, catalog),
  });

  const worst = notWorthTheTrip(order, days, moves, flights.leaveMs, request);
  if (worst) return reframeWithout(request, catalog, order, [worst]);

  return { visited, homeAirport, order, dropped: [], outbound: flights.outbound, moves, inbound: flights.inbound, days, dayStart, dayEnd };
}

/** The frame of the trip without `dropped` (kept in the given order), which it reports as dropped. */
function reframeWithout(request: TripSettings, catalog: Catalog, order: readonly Destination[], dropped: readonly Destination[]): TripFrame {
  const frame = buildTripFrame({ ...request, destinations: order.filter((d) => !dropped.includes(d)).map((d) => d.slug), keepOrder: true }, catalog);
  return { ...frame, dropped: [...dropped, ...frame.dropped] };
}

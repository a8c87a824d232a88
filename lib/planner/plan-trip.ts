/**
 * The trip planner: request in, itinerary out. Frames the trip (destinations, days, flights), fills
 * each destination's days with the TOPTW engine, then writes the timeline, costs and warnings.
 * Deterministic: the same request and data give the same itinerary.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Destination } from '@/lib/data/schema';
import { ValidationError } from '@/lib/errors';
import { addDays, instantToLocalIso } from '@/lib/time/local-time';
import { costKindOf, passPurchases, stayCost } from './costs';
import { ITINERARY_SCHEMA_VERSION, type CostKind, type CostLine, type Itinerary, type ItineraryDay, type ItineraryItem, type StayRef } from './itinerary';
import { checkSameFrame, isKept, localReplan, requestForReplannedDays, type KeptDays } from './kept-days';
import { placeValue } from './place-value';
import { namesFor } from './itinerary-names';
import { toCost } from './money';
import { planDestination, type DestinationPlan, type PlannedDay } from './plan-destination';
import type { PlanRequest } from './request';
import { sightseeingItems, transitItem } from './timeline';
import { buildTripFrame, type FrameDay, type TripFrame } from './trip-frame';
import { validateAgainstCatalog } from './validate-request';
import { tripWarnings } from './warnings';

const COST_ORDER: readonly CostKind[] = ['flights', 'intercity', 'transfers', 'local_transport', 'entrance_fees', 'stays', 'meals'];

/**
 * Plans a whole trip. `request` must already have been parsed with `planRequest`. With `keep`, only the
 * days it names are planned afresh and every other day is copied from the kept plan as it is
 * (kept-days.ts); costs, summary and warnings are then reckoned over the whole trip again.
 */
export function planTrip(request: PlanRequest, catalog: Catalog, keep?: KeptDays): Itinerary {
  validateAgainstCatalog(request, catalog);
  const frame = buildTripFrame(request, catalog);
  checkPins(request, frame, catalog);
  const planFrom = keep ? requestForReplannedDays(request, keep) : request;
  const local = keep ? localReplan(keep) : undefined;

  const plans = new Map<string, DestinationPlan>();
  const plannedByDay = new Map<number, PlannedDay[]>();
  for (const destination of frame.order) {
    const slots = sightseeingSlots(destination, frame);
    // A destination none of whose days is planned again keeps its days, and what they missed.
    if (keep && !slots.some((slot) => keep.replan.has(slot.dayNumber))) continue;
    const plan = planDestination(destination, slots, planFrom, local);
    plans.set(destination.slug, plan);
    for (const day of plan.days) plannedByDay.set(day.day.dayNumber, [...(plannedByDay.get(day.day.dayNumber) ?? []), day]);
  }

  const legs = [...frame.outbound, ...frame.moves.flat(), ...frame.inbound];
  const transit = legs.map((leg) => transitItem(leg, request, catalog));
  const days: ItineraryDay[] = frame.days.map((frameDay) => {
    // A transit item belongs to the day on which it starts, in the zone it starts in.
    const today = legs.filter((_, i) => (transit[i] as ItineraryItem).start.slice(0, 10) === frameDay.date);
    const items = transit.filter((item) => item.start.slice(0, 10) === frameDay.date);
    const stay = stayOf(frameDay, frame);
    const kept = keep?.itinerary.days[frameDay.dayNumber - 1];
    if (kept && isKept(keep, frameDay.dayNumber)) {
      checkSameFrame(kept, { destination: frameDay.destination?.slug ?? null, stay, transit: items });
      return structuredClone(kept);
    }
    // A day with no destination is a travel day: it is reckoned in the zone the traveller ends it in.
    const timezone = frameDay.destination?.timezone ?? today[today.length - 1]?.endZone ?? frame.homeAirport.timezone;
    for (const planned of plannedByDay.get(frameDay.dayNumber) ?? []) {
      const { destination } = planned.day;
      if (!destination) continue;
      items.push(...sightseeingItems(planned, destination, request, catalog));
    }
    items.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end));
    return { date: frameDay.date, dayNumber: frameDay.dayNumber, destination: frameDay.destination?.slug ?? null, timezone, stay, items };
  });

  const usdByKind = new Map<CostKind, number>();
  const add = (kind: CostKind, usd: number) => usdByKind.set(kind, (usdByKind.get(kind) ?? 0) + usd);
  for (const item of days.flatMap((d) => d.items)) if (item.cost) add(costKindOf(item), item.cost.usd);
  for (const destination of frame.order) {
    for (const purchase of passPurchases(destination, days, request, catalog)) add('entrance_fees', purchase.cost.usd);
  }
  const stays = stayCost(frame.days, request, catalog);
  if (stays) add('stays', stays.usd);
  const lines: CostLine[] = COST_ORDER.filter((kind) => usdByKind.has(kind)).map((kind) => ({ kind, usd: round2(usdByKind.get(kind) ?? 0) }));
  const totalUsd = round2(lines.reduce((sum, line) => sum + line.usd, 0));

  const allItems = days.flatMap((d) => d.items);
  const itinerary: Omit<Itinerary, 'names'> = {
    schemaVersion: ITINERARY_SCHEMA_VERSION,
    request,
    summary: {
      direction: request.direction,
      startDate: request.startDate,
      endDate: addDays(request.startDate, request.days - 1),
      days: request.days,
      destinations: frame.order.map((d) => d.slug),
      places: allItems.filter((i) => i.type === 'visit').length,
      distanceKm: totalKm(allItems.filter((item) => item.type !== 'flight')),
      flightKm: totalKm(allItems.filter((item) => item.type === 'flight')),
      score: tripScore(allItems, request, catalog),
    },
    days,
    costs: {
      lines,
      totalUsd,
      totalKrw: toCost(totalUsd * catalog.rates.usdTo.KRW, 'KRW', catalog).amount,
      totalKhr: toCost(totalUsd * catalog.rates.usdTo.KHR, 'KHR', catalog).amount,
      ratesAsOf: catalog.rates.asOf,
    },
    warnings: tripWarnings(frame, plans, days, request, catalog, keep?.itinerary.warnings),
  };
  return { ...itinerary, names: namesFor(itinerary, catalog) };
}

/** The value of the visited places to this traveller (the planner's objective), to 0.1. */
function tripScore(items: readonly ItineraryItem[], request: PlanRequest, catalog: Catalog): number {
  const value = items.reduce((sum, item) => {
    const place = item.type === 'visit' && item.placeId ? catalog.places.get(item.placeId)?.place : undefined;
    return sum + (place ? placeValue(place, request.interests) : 0);
  }, 0);
  return Math.round(value * 10) / 10;
}

/** A destination's time for sightseeing: its own days, and move-day mornings spent there before leaving. */
function sightseeingSlots(destination: Destination, frame: TripFrame): FrameDay[] {
  const slots: FrameDay[] = [];
  for (const day of frame.days) {
    if (day.morning?.destination === destination) slots.push({ ...day, destination, stayArea: day.morning.stayArea, window: day.morning.window, morning: null, layover: null });
    if (day.destination === destination && day.window) slots.push(day);
  }
  return slots;
}

/** Sum of the items' distances, to 0.1 km. */
function totalKm(items: ItineraryItem[]): number {
  return Math.round(items.reduce((sum, item) => sum + (item.distanceKm ?? 0), 0) * 10) / 10;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Pins must name a day spent in the pinned place's destination with time to sightsee. */
function checkPins(request: PlanRequest, frame: TripFrame, catalog: Catalog): void {
  const problems: { field: string; reason: string }[] = [];
  request.pinned.forEach((pin, i) => {
    const entry = catalog.places.get(pin.placeId);
    const day = frame.days[pin.day - 1];
    if (!entry || !day) return;
    const inMorning = day.morning?.destination.slug === entry.destination;
    if (day.destination?.slug !== entry.destination && !inMorning) {
      const where = day.destination ? `spent in ${day.destination.slug}` : 'a travel day';
      problems.push({ field: `pinned.${i}.day`, reason: `day ${pin.day} is ${where}, but ${pin.placeId} is in ${entry.destination}` });
    } else if (!day.window && !inMorning) {
      problems.push({ field: `pinned.${i}.day`, reason: `day ${pin.day} has no time for sightseeing (arrival or departure)` });
    }
  });
  const first = problems[0];
  if (first) throw new ValidationError(`Invalid request: ${first.field}: ${first.reason}.`, problems);
}

function stayOf(day: FrameDay, frame: TripFrame): StayRef {
  if (day.layover) {
    const { hub } = day.layover;
    return { kind: 'hub', id: hub.code, lat: hub.lat, lon: hub.lon };
  }
  const onGround = frame.days.filter((d) => d.destination);
  const lastOnGround = onGround[onGround.length - 1];
  if (day.stayArea && lastOnGround && day.dayNumber < lastOnGround.dayNumber) {
    return { kind: 'area', id: day.stayArea.id, lat: day.stayArea.lat, lon: day.stayArea.lon };
  }
  const home = frame.homeAirport;
  const landed = frame.inbound[frame.inbound.length - 1];
  const landedOn = landed ? instantToLocalIso(new Date(landed.endMs), home.timezone).slice(0, 10) : day.date;
  const beforeArrival = onGround[0] !== undefined && day.dayNumber < onGround[0].dayNumber;
  // Nights before landing abroad or before landing back home are spent on a plane.
  if (beforeArrival || day.date < landedOn) return { kind: 'in_flight', id: 'in-flight' };
  return { kind: 'home', id: home.code, lat: home.lat, lon: home.lon };
}

/**
 * The frame of a trip before any sightseeing is planned: which destinations in which order, which
 * days are spent where, and the scheduled flights, transfers and intercity legs that join them.
 * All instants are UTC milliseconds; days carry the local window left for sightseeing.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { CountryCode, Destination, Hub, StayArea, TimeZone } from '@/lib/data/schema';
import { ValidationError } from '@/lib/errors';
import { addDays, clockToMinutes, daysBetween, localToInstant, utcOffsetMinutes, type IsoDate } from '@/lib/time/local-time';
import { PACE } from './pace';
import { bestStayArea, stayAreasForNights } from './stay-areas';
import { placeValue } from './place-value';
import type { PlanRequest } from './request';
import { checkInMinutes, departuresOf, exitMinutes, pathMinutes, TransitGraph, type TransitLeg } from './transit';

/** A transit leg placed in time. */
export interface ScheduledLeg {
  leg: TransitLeg;
  startMs: number;
  endMs: number;
  /** Time zones of the two ends (they differ only on international flights). */
  startZone: TimeZone;
  endZone: TimeZone;
}

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

const DEFAULT_HOME_AIRPORT = { KR_TO_KH: 'ICN', KH_TO_KR: 'KTI' } as const;
/** Earliest local time we would book an outbound departure. */
const EARLIEST_DEPARTURE = 6 * 60;
/** Time to check in at the hotel or drop bags after arriving in a destination. */
const SETTLE_IN_MINUTES = 30;
/** Time to collect luggage before leaving a destination. */
const CHECK_OUT_MINUTES = 15;
/** A sightseeing window shorter than this is not worth planning. */
const MIN_WINDOW_MINUTES = 60;
/** Best places counted when comparing destinations' worth. */
const TOP_PLACES = 8;
/** A wait between two legs this long that spans 02:00 local time needs a bed. */
const LAYOVER_MIN_MINUTES = 4 * 60;
const NIGHT_MINUTE = 2 * 60;

function zoneOf(hub: Hub): TimeZone {
  return hub.timezone;
}

function localMinutesOf(ms: number, zone: TimeZone): { date: IsoDate; minutes: number } {
  const local = new Date(ms + utcOffsetMinutes(zone, new Date(ms)) * 60_000);
  return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Earliest departure of a link at or after `readyMs` (searching this day and the next two). */
function nextDeparture(leg: Extract<TransitLeg, { kind: 'link' }>, readyMs: number): number {
  const zone = zoneOf(leg.from);
  const { date } = localMinutesOf(readyMs, zone);
  for (let d = 0; d < 3; d++) {
    for (const minute of departuresOf(leg.link)) {
      const at = localToInstant(addDays(date, d), minute, zone).getTime();
      if (at >= readyMs) return at;
    }
  }
  return readyMs;
}

/** Latest departure of a link whose arrival plus exit is no later than `deadlineMs`. */
function lastDeparture(leg: Extract<TransitLeg, { kind: 'link' }>, deadlineMs: number, international: boolean): number {
  const zone = zoneOf(leg.from);
  const { date } = localMinutesOf(deadlineMs, zone);
  const travelMs = (leg.link.durationMinutes + exitMinutes(leg.link, international)) * 60_000;
  for (let d = 0; d > -3; d--) {
    const minutes = departuresOf(leg.link);
    for (let i = minutes.length - 1; i >= 0; i--) {
      const at = localToInstant(addDays(date, d), minutes[i] as number, zone).getTime();
      if (at + travelMs <= deadlineMs) return at;
    }
  }
  return deadlineMs - travelMs;
}

function legZones(leg: TransitLeg): { startZone: TimeZone; endZone: TimeZone } {
  if (leg.kind === 'transfer') return { startZone: leg.hub.timezone, endZone: leg.hub.timezone };
  return { startZone: leg.from.timezone, endZone: leg.to.timezone };
}

function isInternational(leg: TransitLeg, homeAirport: string): boolean {
  return leg.kind === 'link' && (leg.from.code === homeAirport || leg.to.code === homeAirport);
}

/** Schedules a path forward from `readyMs`, taking the first departure of each link. */
export function scheduleForward(legs: readonly TransitLeg[], readyMs: number, homeAirport: string): ScheduledLeg[] {
  const out: ScheduledLeg[] = [];
  let ready = readyMs;
  for (const leg of legs) {
    if (leg.kind === 'transfer') {
      const end = ready + leg.option.durationMinutes * 60_000;
      out.push({ leg, startMs: ready, endMs: end, ...legZones(leg) });
      ready = end;
    } else {
      const international = isInternational(leg, homeAirport);
      const start = nextDeparture(leg, ready + checkInMinutes(leg.link, international) * 60_000);
      const end = start + leg.link.durationMinutes * 60_000;
      out.push({ leg, startMs: start, endMs: end, ...legZones(leg) });
      ready = end + exitMinutes(leg.link, international) * 60_000;
    }
  }
  return out;
}

/**
 * Moves transfers as late as the link after them allows, so a traveller leaves the hotel in time
 * for the departure instead of as early as possible and waiting at the airport.
 */
function leaveLate(legs: ScheduledLeg[], homeAirport: string): ScheduledLeg[] {
  const out = legs.slice();
  for (let i = out.length - 2; i >= 0; i--) {
    const current = out[i] as ScheduledLeg;
    const next = out[i + 1] as ScheduledLeg;
    if (current.leg.kind !== 'transfer') continue;
    const gap = next.leg.kind === 'link' ? checkInMinutes(next.leg.link, isInternational(next.leg, homeAirport)) * 60_000 : 0;
    const shift = next.startMs - gap - current.endMs;
    if (shift > 0) out[i] = { ...current, startMs: current.startMs + shift, endMs: current.endMs + shift };
  }
  return out;
}

/** Schedules a path backward so that its last link is the given departure. */
function scheduleBackward(legs: readonly TransitLeg[], finalDepartureMs: number, homeAirport: string): ScheduledLeg[] {
  const out: ScheduledLeg[] = [];
  let deadline = Infinity;
  for (let i = legs.length - 1; i >= 0; i--) {
    const leg = legs[i] as TransitLeg;
    if (leg.kind === 'transfer') {
      const start = deadline - leg.option.durationMinutes * 60_000;
      out.unshift({ leg, startMs: start, endMs: deadline, ...legZones(leg) });
      deadline = start;
    } else {
      const international = isInternational(leg, homeAirport);
      const start = deadline === Infinity ? finalDepartureMs : lastDeparture(leg, deadline, international);
      out.unshift({ leg, startMs: start, endMs: start + leg.link.durationMinutes * 60_000, ...legZones(leg) });
      deadline = start - checkInMinutes(leg.link, international) * 60_000;
    }
  }
  return out;
}

/**
 * Nights spent waiting at a hub inside a scheduled path, by local date of the evening: a wait of at
 * least LAYOVER_MIN_MINUTES between arriving at a hub and the next departure from it, spanning 02:00.
 */
function layoverNights(legs: readonly ScheduledLeg[]): Map<IsoDate, Hub> {
  const nights = new Map<IsoDate, Hub>();
  for (let i = 0; i + 1 < legs.length; i++) {
    const arrived = legs[i] as ScheduledLeg;
    const next = legs[i + 1] as ScheduledLeg;
    if (arrived.leg.kind !== 'link' || next.startMs - arrived.endMs < LAYOVER_MIN_MINUTES * 60_000) continue;
    const hub = arrived.leg.to;
    const landed = localMinutesOf(arrived.endMs, hub.timezone);
    // The first 02:00 after landing: tonight's if we land in the evening, else (after midnight) today's.
    const nightDate = landed.minutes < NIGHT_MINUTE ? landed.date : addDays(landed.date, 1);
    if (localToInstant(nightDate, NIGHT_MINUTE, hub.timezone).getTime() < next.startMs) nights.set(addDays(nightDate, -1), hub);
  }
  return nights;
}

function destinationWorth(destination: Destination, request: PlanRequest): number {
  const avoided = new Set(request.avoid);
  const values = destination.places.filter((p) => !avoided.has(p.id)).map((p) => placeValue(p, request.interests));
  values.sort((a, b) => b - a);
  return values.slice(0, TOP_PLACES).reduce((sum, v) => sum + v, 0);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
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

/** Outbound: the first departure of the first day from home, then on along the path. */
function scheduleOutbound(path: readonly TransitLeg[], request: PlanRequest, home: Hub): ScheduledLeg[] {
  return scheduleForward(path, localToInstant(request.startDate, EARLIEST_DEPARTURE, home.timezone).getTime(), home.code);
}

/** Inbound: the last departure home on the last day, and everything before it worked backwards. */
function scheduleInbound(path: readonly TransitLeg[], request: PlanRequest, home: Hub): ScheduledLeg[] {
  const finalLeg = path[path.length - 1];
  if (!finalLeg || finalLeg.kind !== 'link') throw new Error('A path home must end with a flight.');
  const departures = departuresOf(finalLeg.link);
  const lastDay = addDays(request.startDate, request.days - 1);
  const finalDeparture = localToInstant(lastDay, departures[departures.length - 1] as number, finalLeg.from.timezone).getTime();
  return scheduleBackward(path, finalDeparture, home.code);
}

/** Minutes from the start of the first leg to the end of the last, waits for connections included. */
function spanMinutes(legs: readonly ScheduledLeg[]): number {
  return ((legs[legs.length - 1] as ScheduledLeg).endMs - (legs[0] as ScheduledLeg).startMs) / 60_000;
}

/**
 * The visiting order with the least time in transit (or the requested order with keepOrder). The
 * flights there and back count as scheduled, so a night waiting for a connection weighs against an
 * order (landing at Techo late is better followed by Phnom Penh than by a morning flight on).
 */
function chooseOrder(destinations: Destination[], request: PlanRequest, graph: TransitGraph, home: Hub): Destination[] {
  if (request.keepOrder || destinations.length === 1) return destinations;
  let best = destinations;
  let bestCost = Infinity;
  for (const candidate of permutations(destinations)) {
    const out = graph.fromAirport(home.code, (candidate[0] as Destination).slug);
    const back = graph.toAirport((candidate[candidate.length - 1] as Destination).slug, home.code);
    let cost = out && back ? spanMinutes(scheduleOutbound(out, request, home)) + spanMinutes(scheduleInbound(back, request, home)) : Infinity;
    for (let i = 1; i < candidate.length; i++) {
      const between = graph.between((candidate[i - 1] as Destination).slug, (candidate[i] as Destination).slug);
      cost += between ? pathMinutes(between, home.code) : Infinity;
    }
    // Strictly better only: among equals the first permutation (the data's order) wins, deterministically.
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}

/** The hub a scheduled leg arrives at (or, for a transfer, the hub it serves). */
function hubOf(leg: ScheduledLeg, end: 'from' | 'to'): Hub {
  if (leg.leg.kind === 'transfer') return leg.leg.hub;
  return end === 'from' ? leg.leg.from : leg.leg.to;
}

/** Builds the frame of a trip; throws ValidationError when the request cannot be framed. */
export function buildTripFrame(request: PlanRequest, catalog: Catalog): TripFrame {
  const visited: CountryCode = request.direction === 'KR_TO_KH' ? 'KH' : 'KR';
  const homeCountry: CountryCode = visited === 'KH' ? 'KR' : 'KH';
  const homeCode = request.homeAirport ?? DEFAULT_HOME_AIRPORT[request.direction];
  const homeAirport = catalog.hubsByCode.get(homeCode);
  if (!homeAirport || homeAirport.kind !== 'airport' || homeAirport.country !== homeCountry) {
    throw new ValidationError(`homeAirport ${homeCode} is not an airport we know in ${homeCountry}.`, [
      { field: 'homeAirport', reason: `must be an airport in ${homeCountry} with flights to ${visited}` },
    ]);
  }
  const pace = PACE[request.pace];
  const dayStart = request.dayStart ? clockToMinutes(request.dayStart) : pace.dayStart;
  const dayEnd = request.dayEnd ? clockToMinutes(request.dayEnd) : pace.dayEnd;
  const graph = new TransitGraph(catalog, visited, homeAirport.code, request.budget);

  const wanted = (request.destinations ?? catalog.destinations.filter((d) => d.country === visited).map((d) => d.slug)).map(
    (slug) => catalog.destinationsBySlug.get(slug) as Destination,
  );
  const reachable = wanted.filter((d) => graph.fromAirport(homeAirport.code, d.slug) && graph.toAirport(d.slug, homeAirport.code));
  if (reachable.length === 0) {
    throw new ValidationError(`No flights connect ${homeAirport.code} with the chosen destinations.`, [
      { field: 'homeAirport', reason: `has no connection to ${wanted.map((d) => d.slug).join(', ')}` },
    ]);
  }

  const order = chooseOrder(reachable, request, graph, homeAirport);
  const first = order[0] as Destination;
  const last = order[order.length - 1] as Destination;
  const outbound = scheduleOutbound(graph.fromAirport(homeAirport.code, first.slug) as TransitLeg[], request, homeAirport);
  const inbound = scheduleInbound(graph.toAirport(last.slug, homeAirport.code) as TransitLeg[], request, homeAirport);

  const arrivalMs = (outbound[outbound.length - 1] as ScheduledLeg).endMs;
  const leaveMs = (inbound[0] as ScheduledLeg).startMs;
  const zone = first.timezone;
  const arrival = localMinutesOf(arrivalMs, zone);
  const leave = localMinutesOf(leaveMs, zone);
  if (leaveMs <= arrivalMs || daysBetween(arrival.date, leave.date) < 0) {
    throw new ValidationError(`A ${request.days}-day trip is too short for the flights there and back.`, [
      { field: 'days', reason: `too short: you would arrive ${arrival.date} and have to leave before that; add days` },
    ]);
  }

  // Days on the ground, split between destinations; drop the least worthwhile if there are too few.
  const groundDays = daysBetween(arrival.date, leave.date) + 1;
  let kept = order;
  const dropped: Destination[] = [];
  while (kept.length > groundDays) {
    const worst = kept.reduce((a, b) => (destinationWorth(b, request) < destinationWorth(a, request) ? b : a));
    dropped.push(worst);
    kept = kept.filter((d) => d !== worst);
  }
  if (kept.length !== order.length) {
    // Re-frame without them: fewer destinations can change the airports and so the arrival day.
    const frame = buildTripFrame({ ...request, destinations: kept.map((d) => d.slug), keepOrder: true }, catalog);
    return { ...frame, dropped: [...dropped, ...frame.dropped] };
  }

  const counts = splitDays(
    kept.map((d) => destinationWorth(d, request)),
    groundDays,
  );

  const layovers = new Map([...layoverNights(outbound), ...layoverNights(inbound)]);
  const layoverOn = (date: IsoDate): FrameDay['layover'] => {
    const hub = layovers.get(date);
    if (!hub) return null;
    const served = hub.destination ? catalog.destinationsBySlug.get(hub.destination) : undefined;
    return { hub, priceFrom: served ? bestStayArea(served, request) : null };
  };
  // The stay area of every night of each destination (the last destination's last day has no night).
  const nightAreas = kept.map((destination, b) => {
    const nights = (counts[b] as number) - (b === kept.length - 1 ? 1 : 0);
    const arrive = b === 0 ? hubOf(outbound[outbound.length - 1] as ScheduledLeg, 'to') : (kept[b - 1] as Destination).center;
    const leave = b === kept.length - 1 ? hubOf(inbound[0] as ScheduledLeg, 'from') : (kept[b + 1] as Destination).center;
    return stayAreasForNights(destination, nights, request, arrive, leave);
  });
  const days: FrameDay[] = [];
  const moves: ScheduledLeg[][] = [];
  let block = 0;
  let blockStart = arrival.date;
  for (let n = 1; n <= request.days; n++) {
    const date = addDays(request.startDate, n - 1);
    if (date < arrival.date || date > leave.date) {
      days.push({ dayNumber: n, date, destination: null, stayArea: null, window: null, morning: null, layover: layoverOn(date) });
      continue;
    }
    if (daysBetween(blockStart, date) >= (counts[block] as number) && block < kept.length - 1) {
      block++;
      blockStart = date;
    }
    const destination = kept[block] as Destination;
    let start = dayStart;
    let end = dayEnd;
    if (date === arrival.date) start = Math.max(start, arrival.minutes + SETTLE_IN_MINUTES);
    let morning: FrameDay['morning'] = null;
    if (date === blockStart && block > 0) {
      const previous = kept[block - 1] as Destination;
      const path = graph.between(previous.slug, destination.slug) as TransitLeg[];
      const move = leaveLate(scheduleForward(path, localToInstant(date, dayStart, zone).getTime(), homeAirport.code), homeAirport.code);
      moves.push(move);
      const arrived = localMinutesOf((move[move.length - 1] as ScheduledLeg).endMs, zone);
      start = arrived.date === date ? Math.max(start, arrived.minutes + SETTLE_IN_MINUTES) : 24 * 60;
      // The morning before the move belongs to the previous destination (back at the hotel for the bags).
      const departs = localMinutesOf((move[0] as ScheduledLeg).startMs, zone);
      const morningEnd = departs.date === date ? departs.minutes - CHECK_OUT_MINUTES : -Infinity;
      if (morningEnd - dayStart >= MIN_WINDOW_MINUTES) {
        morning = { destination: previous, stayArea: (days[days.length - 1] as FrameDay).stayArea as StayArea, window: { start: dayStart, end: morningEnd } };
      }
    }
    if (date === leave.date) end = Math.min(end, leave.minutes - CHECK_OUT_MINUTES);
    const window = end - start >= MIN_WINDOW_MINUTES ? { start, end } : null;
    // Tonight's area; on the day of leaving, last night's (where the bags are).
    const areas = nightAreas[block] as StayArea[];
    const stayArea = areas[Math.min(daysBetween(blockStart, date), areas.length - 1)] as StayArea;
    days.push({ dayNumber: n, date, destination, stayArea, window, morning, layover: null });
  }

  // A destination left with no time to sightsee (its only day eaten by travel) is not worth the trip there.
  const lastMove = moves[moves.length - 1];
  const starved = kept.filter((d) => !days.some((day) => day.destination === d && day.window));
  if ((starved.length > 0 || (lastMove && (lastMove[lastMove.length - 1] as ScheduledLeg).endMs > leaveMs)) && kept.length > 1) {
    const candidates = starved.length > 0 ? starved : kept;
    const worst = candidates.reduce((a, b) => (destinationWorth(b, request) < destinationWorth(a, request) ? b : a));
    const frame = buildTripFrame({ ...request, destinations: kept.filter((d) => d !== worst).map((d) => d.slug), keepOrder: true }, catalog);
    return { ...frame, dropped: [...dropped, worst, ...frame.dropped] };
  }

  return { visited, homeAirport, order: kept, dropped, outbound, moves, inbound, days, dayStart, dayEnd };
}

/**
 * Transit legs placed in time: forward from when the traveller is ready, backward from a final
 * departure, and the flights there and back that bound the days on the ground.
 */
import type { Hub, TimeZone } from '@/lib/data/schema';
import { ValidationError } from '@/lib/errors';
import { addDays, daysBetween, localToInstant, utcOffsetMinutes, type IsoDate } from '@/lib/time/local-time';
import type { TripSettings } from '../request';
import { checkInMinutes, departuresOf, exitMinutes, type TransitLeg } from '../transit';
import type { ScheduledLeg } from '../trip-frame';

/** Earliest local time we would book an outbound departure. */
const EARLIEST_DEPARTURE = 6 * 60;

function zoneOf(hub: Hub): TimeZone {
  return hub.timezone;
}

/** The local date and minute of the day of an instant in a zone. */
export function localMinutesOf(ms: number, zone: TimeZone): { date: IsoDate; minutes: number } {
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
export function leaveLate(legs: ScheduledLeg[], homeAirport: string): ScheduledLeg[] {
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

/** Outbound: the first departure of the first day from home, then on along the path. */
function scheduleOutbound(path: readonly TransitLeg[], request: TripSettings, home: Hub): ScheduledLeg[] {
  return scheduleForward(path, localToInstant(request.startDate, EARLIEST_DEPARTURE, home.timezone).getTime(), home.code);
}

/** Inbound: the last departure home on the last day, and everything before it worked backwards. */
function scheduleInbound(path: readonly TransitLeg[], request: TripSettings, home: Hub): ScheduledLeg[] {
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

/** Minutes spent on the way there and back along these paths, as they would be scheduled. */
export function roundTripMinutes(out: readonly TransitLeg[], back: readonly TransitLeg[], request: TripSettings, home: Hub): number {
  return spanMinutes(scheduleOutbound(out, request, home)) + spanMinutes(scheduleInbound(back, request, home));
}

/** The flights there and back, and the local time (in `zone`) of landing and of leaving for home. */
export interface FlightsThereAndBack {
  outbound: ScheduledLeg[];
  inbound: ScheduledLeg[];
  arrival: { date: IsoDate; minutes: number };
  leave: { date: IsoDate; minutes: number };
  leaveMs: number;
}

/** Schedules the paths there and back; throws ValidationError when the trip is too short for them. */
export function flightsThereAndBack(out: readonly TransitLeg[], back: readonly TransitLeg[], request: TripSettings, home: Hub, zone: TimeZone): FlightsThereAndBack {
  const outbound = scheduleOutbound(out, request, home);
  const inbound = scheduleInbound(back, request, home);
  const arrivalMs = (outbound[outbound.length - 1] as ScheduledLeg).endMs;
  const leaveMs = (inbound[0] as ScheduledLeg).startMs;
  const arrival = localMinutesOf(arrivalMs, zone);
  const leave = localMinutesOf(leaveMs, zone);
  if (leaveMs <= arrivalMs || daysBetween(arrival.date, leave.date) < 0) {
    throw new ValidationError(`A ${request.days}-day trip is too short for the flights there and back.`, [
      { field: 'days', reason: `too short: you would arrive ${arrival.date} and have to leave before that; add days` },
    ]);
  }
  return { outbound, inbound, arrival, leave, leaveMs };
}

/** The hub a scheduled leg arrives at (or, for a transfer, the hub it serves). */
export function hubOf(leg: ScheduledLeg, end: 'from' | 'to'): Hub {
  if (leg.leg.kind === 'transfer') return leg.leg.hub;
  return end === 'from' ? leg.leg.from : leg.leg.to;
}

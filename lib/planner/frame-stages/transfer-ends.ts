/**
 * The city end of a transfer is the stay area the traveller sleeps in, not the destination's centre:
 * the first transfer of a path leaves from last night's stay area, the last one arrives at tonight's,
 * and each takes the extra time of the way between the centre and that area (Jeju airport's bus
 * reaches Jeju City in 25 minutes, but Seogwipo is another hour across the island). A transfer
 * inside a path is a connection through the centre (Incheon → Seoul Station for the KTX) and keeps it.
 */
import type { Destination, StayArea } from '@/lib/data/schema';
import { haversineKm } from '@/lib/geo/distance';
import { localLeg } from '../local-travel';
import { partySize } from '../money';
import type { TripSettings } from '../request';
import type { ScheduledLeg } from '../trip-frame';
import { localMinutesOf, type FlightsThereAndBack } from './schedule-legs';

/** A stay area this close to the centre is where the transfer's line or driver ends anyway. */
const AT_THE_CENTRE_KM = 2;

/** One path's legs with its end transfers taken from `from` and on to `to` (either may be null). */
export function toStayAreas(legs: readonly ScheduledLeg[], from: StayArea | null, to: StayArea | null, destinations: readonly Destination[], request: TripSettings): ScheduledLeg[] {
  return legs.map((scheduled, i) => {
    const { leg } = scheduled;
    if (leg.kind !== 'transfer') return scheduled;
    const stay = leg.toHub ? (i === 0 ? from : null) : i === legs.length - 1 ? to : null;
    const destination = destinations.find((d) => d.slug === leg.destination);
    if (!stay || !destination) return scheduled;
    const extraMs = minutesBeyondCentre(destination, stay, request) * 60_000;
    return leg.toHub ? { ...scheduled, startMs: scheduled.startMs - extraMs, stayArea: stay } : { ...scheduled, endMs: scheduled.endMs + extraMs, stayArea: stay };
  });
}

/** The flights there and back with the first and last transfers reaching the stay areas. */
export function flightsToStays(flights: FlightsThereAndBack, first: StayArea | null, last: StayArea | null, destinations: readonly Destination[], request: TripSettings, zone: Destination['timezone']): FlightsThereAndBack {
  const outbound = toStayAreas(flights.outbound, null, first, destinations, request);
  const inbound = toStayAreas(flights.inbound, last, null, destinations, request);
  const leaveMs = (inbound[0] as ScheduledLeg).startMs;
  return { outbound, inbound, arrival: localMinutesOf((outbound[outbound.length - 1] as ScheduledLeg).endMs, zone), leave: localMinutesOf(leaveMs, zone), leaveMs };
}

function minutesBeyondCentre(destination: Destination, stay: StayArea, request: TripSettings): number {
  if (haversineKm(destination.center, stay) < AT_THE_CENTRE_KM) return 0;
  return localLeg(destination, destination.center, stay, request.budget, partySize(request.travellers)).minutes;
}

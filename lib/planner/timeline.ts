/**
 * Turns the frame's scheduled legs and each day's planned stops into itinerary items with local
 * ISO times: flights, transfers and intercity travel; visits and meals with the local travel between.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Destination, Place, StayArea } from '@/lib/data/schema';
import { haversineKm, type LatLon } from '@/lib/geo/distance';
import { instantToLocalIso, localIso, minutesToClock } from '@/lib/time/local-time';
import { dataText, destinationRef, hubRef, placeRef, stayAreaRef } from './coded-text';
import type { CodedText, ItineraryItem, NameRef } from './itinerary';
import { localLeg } from './local-travel';
import { partySize, toCost, vehiclesFor } from './money';
import type { PlannedDay, Stop } from './plan-destination';
import type { PlanRequest } from './request';
import { checkInMinutes } from './transit';
import { spansSunWindow, sunWindow } from './sun-visit';
import type { ScheduledLeg } from './trip-frame';

/** Hops shorter than this are next door: no travel item. */
const SAME_SPOT_KM = 0.05;
/** Idle time at least this long is shown as free time (rest, a café, a swim) rather than a hole. */
const FREE_TIME_MINUTES = 45;

const PER_VEHICLE_TRANSFER = new Set(['taxi', 'tuktuk', 'ride_hail']);

/** The item for a flight, transfer or intercity leg. */
export function transitItem(scheduled: ScheduledLeg, request: PlanRequest, catalog: Catalog): ItineraryItem {
  const people = partySize(request.travellers);
  const { leg } = scheduled;
  const start = instantToLocalIso(new Date(scheduled.startMs), scheduled.startZone);
  const end = instantToLocalIso(new Date(scheduled.endMs), scheduled.endZone);

  if (leg.kind === 'transfer') {
    const destination = catalog.destinationsBySlug.get(leg.destination) as Destination;
    const units = PER_VEHICLE_TRANSFER.has(leg.option.mode) ? vehiclesFor(people) : people;
    // The city end is where the traveller sleeps; the destination's centre only when no stay is known.
    const cityEnd: LatLon = scheduled.stayArea ?? destination.center;
    const cityRef = scheduled.stayArea ? stayAreaRef(scheduled.stayArea.id) : destinationRef(destination.slug);
    const to: LatLon = leg.toHub ? leg.hub : cityEnd;
    return {
      type: 'transfer',
      start,
      end,
      title: { code: 'transferTo', params: { mode: { mode: leg.option.mode }, place: leg.toHub ? hubRef(leg.hub.code) : cityRef } },
      notes: [dataText(leg.option.name)],
      lat: to.lat,
      lon: to.lon,
      ...(leg.toHub ? { toHub: leg.hub.code } : { fromHub: leg.hub.code }),
      mode: leg.option.mode,
      distanceKm: Math.round(haversineKm(leg.hub, cityEnd) * 10) / 10,
      cost: toCost(leg.option.fare.amount * units, leg.option.fare.currency, catalog),
    };
  }

  const { link, from, to } = leg;
  const international = from.country !== to.country;
  const units = link.mode === 'car' || link.mode === 'taxi' ? vehiclesFor(people) : people;
  // Between two hubs of one city (Incheon ⇄ Gimpo): a transfer, named after the hub it goes to.
  const transfer = from.destination !== null && from.destination === to.destination;
  const notes: CodedText[] = [];
  if (link.mode === 'flight') {
    const checkIn = new Date(scheduled.startMs - checkInMinutes(link, international) * 60_000);
    notes.push({ code: 'checkIn', params: { time: instantToLocalIso(checkIn, scheduled.startZone).slice(11, 16) } });
    if (end.slice(0, 10) !== start.slice(0, 10)) notes.push({ code: 'arrivesNextDay' });
  }
  if (link.note) notes.push(dataText(link.note));
  const title: CodedText =
    link.mode === 'flight'
      ? { code: 'flight', params: { from: from.code, to: to.code } }
      : transfer
        ? { code: 'transferTo', params: { mode: { mode: link.mode }, place: hubRef(to.code) } }
        : { code: 'intercity', params: { from: hubRef(from.code), to: hubRef(to.code) } };
  return {
    type: link.mode === 'flight' ? 'flight' : transfer ? 'transfer' : 'travel',
    start,
    end,
    title,
    lat: to.lat,
    lon: to.lon,
    fromHub: from.code,
    toHub: to.code,
    mode: link.mode,
    distanceKm: Math.round(haversineKm(from, to) * 10) / 10,
    cost: toCost(link.fare.amount * units, link.fare.currency, catalog),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Visits, meals and the local travel between them (from and back to the stay) for one day. */
export function sightseeingItems(planned: PlannedDay, destination: Destination, request: PlanRequest, catalog: Catalog): ItineraryItem[] {
  const people = partySize(request.travellers);
  const date = planned.day.date;
  const at = (minutes: number) => localIso(date, minutes, destination.timezone);
  const out: ItineraryItem[] = [];
  const { startStay, endStay } = planned;
  let here: LatLon = startStay;
  let free = planned.day.window?.start ?? 0;

  // Leaves as late as the next stop allows (no point waiting at its door) but not before we are free.
  const travel = (to: LatLon, title: CodedText, leaveAt: number, arriveBy?: number): void => {
    if (haversineKm(here, to) < SAME_SPOT_KM) return;
    const leg = localLeg(destination, here, to, request.budget, people);
    const start = arriveBy === undefined ? leaveAt : Math.max(leaveAt, arriveBy - leg.minutes);
    out.push({
      type: 'travel',
      start: at(start),
      end: at(start + leg.minutes),
      title,
      lat: to.lat,
      lon: to.lon,
      mode: leg.mode,
      distanceKm: Math.round(leg.km * 10) / 10,
      cost: toCost(leg.fare.amount, leg.fare.currency, catalog),
    });
  };

  for (const stop of planned.stops) {
    const target: Place | StayArea = stop.kind === 'place' ? stop.place : stop.near;
    const targetRef = stop.kind === 'place' ? placeRef(stop.place.id) : nearRef(stop.near, destination);
    const leg = haversineKm(here, target) < SAME_SPOT_KM ? 0 : localLeg(destination, here, target, request.budget, people).minutes;
    if (stop.kind !== 'place' && stop.near === endStay && leg > 0) {
      // Dinner (or a rest) at tonight's stay: go back now and rest there, rather than wait out the time where we are.
      travel(target, { code: 'backTo', params: { place: targetRef } }, free);
      if (stop.start - (free + leg) >= FREE_TIME_MINUTES) {
        out.push({ type: 'free', start: at(free + leg), end: at(stop.start), title: { code: 'freeTime' }, lat: target.lat, lon: target.lon });
      }
    } else {
      if (stop.start - leg - free >= FREE_TIME_MINUTES) {
        out.push({ type: 'free', start: at(free), end: at(stop.start - leg), title: { code: 'freeTime' }, lat: here.lat, lon: here.lon });
      }
      // A sunrise visit may start before the day's window: then we leave the stay just in time for it.
      travel(target, { code: 'travelTo', params: { place: targetRef } }, Math.min(free, stop.start - leg), stop.start);
    }
    out.push(stopItem(stop, destination, date, request, catalog));
    here = target;
    free = stop.end;
  }
  // Back to the stay, or on to tonight's new one (a day with no stops still makes the move).
  if (planned.stops.length > 0 || startStay !== endStay) travel(endStay, { code: startStay === endStay ? 'backTo' : 'travelTo', params: { place: stayAreaRef(endStay.id) } }, free);
  return out;
}

/**
 * Breakfast costs half a restaurant meal wherever it is eaten. Whether a room rate includes it varies
 * by hotel (often in Cambodia, less often in Korea) and the data does not say, so the estimate counts
 * it rather than promise a free meal; half, because a breakfast (rice soup, a bakery, a buffet's
 * share) costs about that much next to lunch or dinner.
 */
const BREAKFAST_SHARE_OF_MEAL = 0.5;

const MEAL_TITLES = {
  breakfast: { at: 'breakfastAt', near: 'breakfastNear', stay: 'breakfastAtStay' },
  lunch: { at: 'lunchAt', near: 'lunchNear', stay: 'lunchNear' },
  dinner: { at: 'dinnerAt', near: 'dinnerNear', stay: 'dinnerNear' },
} as const;

function stopItem(stop: Stop, destination: Destination, date: string, request: PlanRequest, catalog: Catalog): ItineraryItem {
  const { travellers } = request;
  const at = (minutes: number) => localIso(date, minutes, destination.timezone);
  if (stop.kind === 'rest') {
    const atStay = destination.stayAreas.includes(stop.near as StayArea);
    return { type: 'free', start: at(stop.start), end: at(stop.end), title: { code: atStay ? 'restAtStay' : 'restNear', params: { place: nearRef(stop.near, destination) } }, lat: stop.near.lat, lon: stop.near.lon };
  }
  if (stop.kind === 'meal') {
    const price = destination.mealCost[request.budget];
    const share = stop.meal === 'breakfast' ? BREAKFAST_SHARE_OF_MEAL : 1;
    const titles = MEAL_TITLES[stop.meal];
    const code = stop.at ? titles.at : destination.stayAreas.includes(stop.near as StayArea) ? titles.stay : titles.near;
    return {
      type: 'meal',
      start: at(stop.start),
      end: at(stop.end),
      title: { code, params: { place: nearRef(stop.near, destination) } },
      ...(stop.at ? { placeId: stop.near.id } : {}),
      lat: stop.near.lat,
      lon: stop.near.lon,
      cost: toCost(price.amount * share * partySize(travellers), price.currency, catalog),
    };
  }
  const { place } = stop;
  const notes: CodedText[] = [];
  const sun = sunWindow(place, date, destination.timezone);
  // Only when the visit really takes in the sunrise or sunset (a morning visit to a sunset spot does not).
  if (sun && spansSunWindow(sun, stop.start, stop.end)) notes.push({ code: sun.kind, params: { time: minutesToClock(sun.moment) } });
  if (place.booking.required) notes.push(place.booking.note ? dataText(place.booking.note) : { code: 'booking' });
  if (place.approximateLocation) notes.push({ code: 'approximateLocation' });
  const fee = place.fee;
  const ticket = fee.kind === 'ticket' ? toCost(fee.adult.amount * travellers.adults + (fee.child ?? fee.adult).amount * travellers.children, fee.adult.currency, catalog) : undefined;
  return {
    type: 'visit',
    start: at(stop.start),
    end: at(stop.end),
    title: { code: 'name', params: { name: placeRef(place.id) } },
    placeId: place.id,
    lat: place.lat,
    lon: place.lon,
    ...(ticket ? { cost: ticket } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** A meal or a ride is near a place or a stay area; both kinds are in the destination's data. */
function nearRef(near: Place | StayArea, destination: Destination): NameRef {
  return destination.stayAreas.includes(near as StayArea) ? stayAreaRef(near.id) : placeRef(near.id);
}

/**
 * Getting between two points inside a destination: which local mode a traveller would take, how
 * long it takes and what it costs. Walk short hops; otherwise the first mode the destination offers
 * in the order that suits the budget.
 */
import type { CurrencyCode, Destination, LocalMode, LocalTransport, PriceLevel } from '@/lib/data/schema';
import { roadKm, type LatLon } from '@/lib/geo/distance';

/** Longest hop walked when the data sets no limit for walking. */
const DEFAULT_WALK_KM = 1.2;

/** Modes in order of preference per budget (the first one the destination offers wins). */
const PREFERENCE: Record<PriceLevel, readonly LocalMode[]> = {
  budget: ['subway', 'bus', 'tuktuk', 'ride_hail', 'taxi', 'rental_car'],
  mid: ['subway', 'tuktuk', 'ride_hail', 'taxi', 'rental_car', 'bus'],
  luxury: ['taxi', 'ride_hail', 'rental_car', 'tuktuk', 'subway', 'bus'],
};

/** Modes whose fare is paid per vehicle (up to 4 passengers) rather than per person. */
const PER_VEHICLE: ReadonlySet<LocalMode> = new Set(['taxi', 'tuktuk', 'ride_hail', 'rental_car']);

export interface LocalLeg {
  mode: LocalMode;
  km: number;
  minutes: number;
  /** Fare for the whole party. */
  fare: { amount: number; currency: CurrencyCode };
}

/** Picks the mode for a hop of `km` road kilometres. */
export function chooseMode(destination: Destination, km: number, budget: PriceLevel): LocalTransport {
  const walk = destination.transport.find((t) => t.mode === 'walk');
  if (walk && km <= (walk.maxKm ?? DEFAULT_WALK_KM)) return walk;
  for (const mode of PREFERENCE[budget]) {
    const option = destination.transport.find((t) => t.mode === mode && (t.maxKm === undefined || km <= t.maxKm));
    if (option) return option;
  }
  // Every destination offers a taxi-like mode; walking is the last resort for odd data.
  const fallback = destination.transport.find((t) => t.mode !== 'walk') ?? walk;
  if (!fallback) throw new Error(`Destination ${destination.slug} lists no local transport.`);
  return fallback;
}

/** Minutes a leg takes: door-to-door speed, rounded up to 5 minutes for vehicles (waiting, parking). */
export function legMinutes(option: LocalTransport, km: number): number {
  const raw = (km / option.speedKmh) * 60;
  if (option.mode === 'walk') return Math.max(1, Math.ceil(raw));
  return Math.max(5, Math.ceil(raw / 5) * 5);
}

/** Fare of a leg for a party. */
export function legFare(option: LocalTransport, km: number, people: number): { amount: number; currency: CurrencyCode } {
  const one = option.fare.base + option.fare.perKm * km;
  const units = PER_VEHICLE.has(option.mode) ? Math.ceil(people / 4) : people;
  const amount = option.fare.currency === 'USD' ? Math.round(one * units * 100) / 100 : Math.round(one * units);
  return { amount, currency: option.fare.currency };
}

/** The leg between two points for a party of `people` at a budget level. */
export function localLeg(destination: Destination, from: LatLon, to: LatLon, budget: PriceLevel, people: number): LocalLeg {
  const km = roadKm(from, to);
  const option = chooseMode(destination, km, budget);
  return { mode: option.mode, km, minutes: legMinutes(option, km), fare: legFare(option, km, people) };
}

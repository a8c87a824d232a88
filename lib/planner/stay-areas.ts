/**
 * Where to sleep in a destination. The stay area is every day's start and end, so it should sit among
 * the places the traveller cares about: areas of the right price level are scored by the distance to
 * the destination's most valuable places (for this traveller's interests), each weighted by its value.
 * On a spread-out destination (Jeju: Seongsan in the east, Jungmun in the south-west) a stay of three
 * nights or more is split between two areas when that saves much of the daily travel: the nights are
 * shared in proportion to the value of the places each area is closer to.
 */
import type { Destination, Place, StayArea } from '@/lib/data/schema';
import { haversineKm, type LatLon } from '@/lib/geo/distance';
import { placeValue } from './place-value';
import type { TripSettings } from './request';

/** Places that decide where to stay: the most valuable ones for the traveller's interests. */
const TOP_PLACES = 12;
/** Two areas closer than this are one neighbourhood: never worth a change of hotel. */
const SPLIT_MIN_KM = 15;
/** A split must cut the value-weighted distance by this share to be worth packing up. */
const SPLIT_MIN_GAIN = 0.3;
const SPLIT_MIN_NIGHTS = 3;

interface Weighted {
  place: Place;
  value: number;
}

function candidates(destination: Destination, request: TripSettings): StayArea[] {
  const matching = destination.stayAreas.filter((a) => a.priceLevels.includes(request.budget));
  return matching.length > 0 ? matching : destination.stayAreas;
}

function keyPlaces(destination: Destination, request: TripSettings): Weighted[] {
  // Not the must-sees or avoided places: the hotel is a trip setting, kept when one place is edited.
  const all = destination.places.map((place) => ({ place, value: placeValue(place, request.interests) }));
  all.sort((a, b) => b.value - a.value || a.place.id.localeCompare(b.place.id));
  return all.slice(0, TOP_PLACES);
}

/** Value-weighted distance from the nearest of `areas` to each key place. */
function spread(areas: readonly StayArea[], places: readonly Weighted[]): number {
  return places.reduce((sum, { place, value }) => sum + value * Math.min(...areas.map((a) => haversineKm(a, place))), 0);
}

/** The single best area for the budget (also what a night at a connecting hub is priced like). */
export function bestStayArea(destination: Destination, request: TripSettings): StayArea {
  const places = keyPlaces(destination, request);
  const scored = candidates(destination, request).map((area) => ({ area, spread: spread([area], places) }));
  // Strictly better only, so ties keep the data's order (deterministic).
  return scored.reduce((best, next) => (next.spread < best.spread ? next : best)).area;
}

/**
 * The stay area for each of `nights` nights (at least one entry). `arrive` and `leave` are where the
 * traveller comes from and goes to, so a split starts in the area nearer the arrival.
 */
export function stayAreasForNights(destination: Destination, nights: number, request: TripSettings, arrive: LatLon, leave: LatLon): StayArea[] {
  const single = bestStayArea(destination, request);
  const count = Math.max(1, nights);
  if (nights < SPLIT_MIN_NIGHTS) return Array.from({ length: count }, () => single);

  const places = keyPlaces(destination, request);
  const singleSpread = spread([single], places);
  const areas = candidates(destination, request);
  let best: { first: StayArea; second: StayArea; spread: number; ends: number } | undefined;
  for (const first of areas) {
    for (const second of areas) {
      if (first === second || haversineKm(first, second) < SPLIT_MIN_KM) continue;
      const pairSpread = spread([first, second], places);
      // Equal spreads: the order that starts nearer the arrival and ends nearer the departure.
      const ends = haversineKm(arrive, first) + haversineKm(second, leave);
      if (!best || pairSpread < best.spread - 1e-9 || (Math.abs(pairSpread - best.spread) <= 1e-9 && ends < best.ends)) best = { first, second, spread: pairSpread, ends };
    }
  }
  if (!best || best.spread > (1 - SPLIT_MIN_GAIN) * singleSpread) return Array.from({ length: count }, () => single);

  // Nights in proportion to the value each area serves best, at least one each.
  const { first, second } = best;
  const firstValue = places.reduce((sum, { place, value }) => sum + (haversineKm(first, place) <= haversineKm(second, place) ? value : 0), 0);
  const total = places.reduce((sum, { value }) => sum + value, 0) || 1;
  const firstNights = Math.min(nights - 1, Math.max(1, Math.round((nights * firstValue) / total)));
  return Array.from({ length: nights }, (_, i) => (i < firstNights ? first : second));
}

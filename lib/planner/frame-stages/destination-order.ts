/** Where the trip goes: the home airport, the destinations it can reach, and the order to visit them in. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { CountryCode, Destination, Hub } from '@/lib/data/schema';
import { ValidationError } from '@/lib/errors';
import type { TripSettings } from '../request';
import { pathMinutes, type TransitGraph } from '../transit';
import { roundTripMinutes } from './schedule-legs';

const DEFAULT_HOME_AIRPORT = { KR_TO_KH: 'ICN', KH_TO_KR: 'KTI' } as const;

/** The country visited and the airport the trip starts and ends at; throws ValidationError for an airport we cannot fly from. */
export function homeAirportOf(request: TripSettings, catalog: Catalog): { visited: CountryCode; homeAirport: Hub } {
  const visited: CountryCode = request.direction === 'KR_TO_KH' ? 'KH' : 'KR';
  const homeCountry: CountryCode = visited === 'KH' ? 'KR' : 'KH';
  const homeCode = request.homeAirport ?? DEFAULT_HOME_AIRPORT[request.direction];
  const homeAirport = catalog.hubsByCode.get(homeCode);
  if (!homeAirport || homeAirport.kind !== 'airport' || homeAirport.country !== homeCountry) {
    throw new ValidationError(`homeAirport ${homeCode} is not an airport we know in ${homeCountry}.`, [
      { field: 'homeAirport', reason: `must be an airport in ${homeCountry} with flights to ${visited}` },
    ]);
  }
  return { visited, homeAirport };
}

/** The destinations asked for (all of the visited country's by default) that can be flown to and back from home. */
export function reachableDestinations(request: TripSettings, catalog: Catalog, visited: CountryCode, graph: TransitGraph, homeAirport: Hub): Destination[] {
  const wanted = (request.destinations ?? catalog.destinations.filter((d) => d.country === visited).map((d) => d.slug)).map(
    (slug) => catalog.destinationsBySlug.get(slug) as Destination,
  );
  const reachable = wanted.filter((d) => graph.fromAirport(homeAirport.code, d.slug) && graph.toAirport(d.slug, homeAirport.code));
  if (reachable.length === 0) {
    throw new ValidationError(`No flights connect ${homeAirport.code} with the chosen destinations.`, [
      { field: 'homeAirport', reason: `has no connection to ${wanted.map((d) => d.slug).join(', ')}` },
    ]);
  }
  return reachable;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

/**
 * The visiting order with the least time in transit (or the requested order with keepOrder). The
 * flights there and back count as scheduled, so a night waiting for a connection weighs against an
 * order (landing at Techo late is better followed by Phnom Penh than by a morning flight on).
 */
export function chooseOrder(destinations: Destination[], request: TripSettings, graph: TransitGraph, home: Hub): Destination[] {
  if (request.keepOrder || destinations.length === 1) return destinations;
  let best = destinations;
  let bestCost = Infinity;
  for (const candidate of permutations(destinations)) {
    const out = graph.fromAirport(home.code, (candidate[0] as Destination).slug);
    const back = graph.toAirport((candidate[candidate.length - 1] as Destination).slug, home.code);
    let cost = out && back ? roundTripMinutes(out, back, request, home) : Infinity;
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

/**
 * Getting between cities and airports: a graph whose nodes are destination centres and hubs, whose
 * edges are hub ⇄ centre transfers and scheduled links. Dijkstra on typical durations picks the path
 * (e.g. Incheon → Seoul → KTX → Singyeongju → Gyeongju); scheduling then fits real departures.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { CountryCode, Hub, Link, PriceLevel } from '@/lib/data/schema';

type Transfer = Hub['transfers'][number];
type TransferMode = Transfer['mode'];

/** One step of a path. `transfer` joins a hub and its destination's centre, in either direction. */
export type TransitLeg =
  | { kind: 'transfer'; hub: Hub; toHub: boolean; destination: string; option: Transfer }
  | { kind: 'link'; link: Link; from: Hub; to: Hub };

/** Transfer modes in order of preference per budget. */
const TRANSFER_PREFERENCE: Record<PriceLevel, readonly TransferMode[]> = {
  budget: ['walk', 'subway', 'bus', 'airport_rail', 'tuktuk', 'ride_hail', 'taxi'],
  mid: ['walk', 'airport_rail', 'subway', 'ride_hail', 'tuktuk', 'bus', 'taxi'],
  luxury: ['taxi', 'ride_hail', 'airport_rail', 'walk', 'tuktuk', 'subway', 'bus'],
};

/** Minutes to be at the departure hub before a link leaves (check-in, boarding, finding the platform). */
export function checkInMinutes(link: Link, international: boolean): number {
  if (link.mode === 'flight') return international ? 150 : 60;
  if (link.mode === 'ktx' || link.mode === 'bus' || link.mode === 'ferry') return 20;
  return 0;
}

/** Minutes from arrival to leaving the hub (immigration, baggage). */
export function exitMinutes(link: Link, international: boolean): number {
  if (link.mode === 'flight') return international ? 50 : 20;
  return 5;
}

/** The transfer option a traveller on `budget` takes between a hub and its destination. */
export function chooseTransfer(hub: Hub, budget: PriceLevel): Transfer | undefined {
  for (const mode of TRANSFER_PREFERENCE[budget]) {
    const option = hub.transfers.find((t) => t.mode === mode);
    if (option) return option;
  }
  return hub.transfers[0];
}

const cityKey = (slug: string) => `city:${slug}`;
const hubKey = (code: string) => `hub:${code}`;

interface Edge {
  to: string;
  minutes: number;
  leg: TransitLeg;
}

/** A graph restricted to one country, plus the home airport (international links only leave from there). */
export class TransitGraph {
  private readonly edges = new Map<string, Edge[]>();

  constructor(
    private readonly catalog: Catalog,
    private readonly country: CountryCode,
    homeAirport: string,
    budget: PriceLevel,
  ) {
    const inCountry = (hub: Hub) => hub.country === country;
    for (const hub of catalog.hubs) {
      if (!inCountry(hub) || !hub.destination) continue;
      const option = chooseTransfer(hub, budget);
      if (!option) continue;
      const destination = hub.destination;
      this.add(cityKey(destination), { to: hubKey(hub.code), minutes: option.durationMinutes, leg: { kind: 'transfer', hub, toHub: true, destination, option } });
      this.add(hubKey(hub.code), { to: cityKey(destination), minutes: option.durationMinutes, leg: { kind: 'transfer', hub, toHub: false, destination, option } });
    }
    for (const link of catalog.links) {
      const from = catalog.hubsByCode.get(link.from);
      const to = catalog.hubsByCode.get(link.to);
      if (!from || !to) continue;
      const domestic = inCountry(from) && inCountry(to);
      const international = (from.code === homeAirport && inCountry(to)) || (to.code === homeAirport && inCountry(from));
      if (!domestic && !international) continue;
      const minutes = checkInMinutes(link, international) + link.durationMinutes + exitMinutes(link, international);
      this.add(hubKey(from.code), { to: hubKey(to.code), minutes, leg: { kind: 'link', link, from, to } });
    }
  }

  private add(from: string, edge: Edge) {
    const list = this.edges.get(from);
    if (list) list.push(edge);
    else this.edges.set(from, [edge]);
  }

  /** Fastest path between two graph nodes by typical durations; undefined when unreachable. */
  private path(from: string, to: string): TransitLeg[] | undefined {
    const best = new Map<string, number>([[from, 0]]);
    const via = new Map<string, Edge & { from: string }>();
    const done = new Set<string>();
    // The graph has a few dozen nodes: a linear scan for the minimum is simpler than a heap and as fast.
    for (;;) {
      let current: string | undefined;
      let currentCost = Infinity;
      for (const [node, cost] of best) {
        if (!done.has(node) && cost < currentCost) {
          current = node;
          currentCost = cost;
        }
      }
      if (current === undefined) return undefined;
      if (current === to) break;
      done.add(current);
      for (const edge of this.edges.get(current) ?? []) {
        const cost = currentCost + edge.minutes;
        if (cost < (best.get(edge.to) ?? Infinity)) {
          best.set(edge.to, cost);
          via.set(edge.to, { ...edge, from: current });
        }
      }
    }
    const legs: TransitLeg[] = [];
    for (let node = to; node !== from; ) {
      const edge = via.get(node);
      if (!edge) return undefined;
      legs.unshift(edge.leg);
      node = edge.from;
    }
    return legs;
  }

  /** Path from the home airport to a destination's centre. */
  fromAirport(airport: string, destination: string) {
    return this.path(hubKey(airport), cityKey(destination));
  }

  /** Path from a destination's centre to the home airport. */
  toAirport(destination: string, airport: string) {
    return this.path(cityKey(destination), hubKey(airport));
  }

  /** Path between two destinations' centres. */
  between(from: string, to: string) {
    return from === to ? [] : this.path(cityKey(from), cityKey(to));
  }
}

/** Typical minutes a path takes, including check-in and exit times. */
export function pathMinutes(legs: readonly TransitLeg[], homeAirport: string): number {
  let total = 0;
  for (const leg of legs) {
    if (leg.kind === 'transfer') total += leg.option.durationMinutes;
    else {
      const international = leg.from.code === homeAirport || leg.to.code === homeAirport;
      total += checkInMinutes(leg.link, international) + leg.link.durationMinutes + exitMinutes(leg.link, international);
    }
  }
  return total;
}

/** Local departure times (minutes after midnight) of a link: the typical ones, or spread over the day. */
export function departuresOf(link: Link): number[] {
  if (link.typicalDepartures.length > 0) {
    return link.typicalDepartures.map((clock) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))).sort((a, b) => a - b);
  }
  // No timetable in the data: assume departures evenly spread between 07:00 and 21:00.
  const count = Math.max(1, Math.min(56, Math.round(link.departuresPerDay)));
  const span = 14 * 60;
  return Array.from({ length: count }, (_, i) => 7 * 60 + Math.round(((i + 0.5) * span) / count / 5) * 5);
}

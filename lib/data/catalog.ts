/**
 * The app's single entry to data/: statically imports every JSON file (so it works in Next
 * bundles, vitest and tsx alike), validates them once on first use with parseCatalog, and offers
 * typed look-ups. Anything malformed throws DataError naming the file, record and field.
 */
import { NotFoundError } from '@/lib/errors';
import { parseCatalog, type Catalog, type PlaceEntry, type RawCatalogInput } from '@/lib/data/parse-catalog';
import type { Destination, Hub, Link, Rates } from '@/lib/data/schema';
import gyeongju from '@/data/destinations/gyeongju.json';
import jeju from '@/data/destinations/jeju.json';
import phnomPenh from '@/data/destinations/phnom-penh.json';
import seoul from '@/data/destinations/seoul.json';
import siemReap from '@/data/destinations/siem-reap.json';
import hubs from '@/data/hubs.json';
import links from '@/data/links.json';
import rates from '@/data/rates.json';

export type { Catalog, PlaceEntry } from '@/lib/data/parse-catalog';

/** The raw files with the labels used in error messages; exported for tests that mutate copies. */
export const RAW_CATALOG: RawCatalogInput = {
  destinations: [
    { file: 'data/destinations/seoul.json', data: seoul },
    { file: 'data/destinations/gyeongju.json', data: gyeongju },
    { file: 'data/destinations/jeju.json', data: jeju },
    { file: 'data/destinations/phnom-penh.json', data: phnomPenh },
    { file: 'data/destinations/siem-reap.json', data: siemReap },
  ],
  hubs: { file: 'data/hubs.json', data: hubs },
  links: { file: 'data/links.json', data: links },
  rates: { file: 'data/rates.json', data: rates },
};

let cached: Catalog | undefined;

/** The validated catalog, parsed on first call and cached; throws DataError if data/ is broken. */
export function getCatalog(): Catalog {
  cached ??= parseCatalog(RAW_CATALOG);
  return cached;
}

/** All destinations, in catalog order (Korea first, then Cambodia). */
export function listDestinations(): readonly Destination[] {
  return getCatalog().destinations;
}

/** The destination with this slug, or undefined. */
export function findDestination(slug: string): Destination | undefined {
  return getCatalog().destinationsBySlug.get(slug);
}

/** The destination with this slug; throws NotFoundError (404) listing the known slugs. */
export function getDestination(slug: string): Destination {
  const found = findDestination(slug);
  if (!found) {
    const known = [...getCatalog().destinationsBySlug.keys()].join(', ');
    throw new NotFoundError(`No destination "${slug}". Known destinations: ${known}.`, { slug });
  }
  return found;
}

/** A destination without its places, plus how many it has: for lists and cards. */
export type DestinationSummary = Omit<Destination, 'places'> & { placeCount: number };

/** Strips the places from a destination and counts them. */
export function summarizeDestination(destination: Destination): DestinationSummary {
  const { places, ...rest } = destination;
  return { ...rest, placeCount: places.length };
}

/** The place with this id and its destination slug, or undefined. */
export function findPlace(id: string): PlaceEntry | undefined {
  return getCatalog().places.get(id);
}

/** The place with this id and its destination slug; throws NotFoundError (404). */
export function getPlace(id: string): PlaceEntry {
  const found = findPlace(id);
  if (!found) throw new NotFoundError(`No place "${id}". Place ids are lowercase kebab-case; list a destination's places via /api/destinations/{slug}.`, { id });
  return found;
}

/** All transport hubs (airports, stations, bus terminals). */
export function listHubs(): readonly Hub[] {
  return getCatalog().hubs;
}

/** The hub with this code, or undefined. */
export function findHub(code: string): Hub | undefined {
  return getCatalog().hubsByCode.get(code);
}

/** The hub with this code (IATA or e.g. KTX-SEOUL); throws NotFoundError (404). */
export function getHub(code: string): Hub {
  const found = findHub(code);
  if (!found) {
    const known = getCatalog().hubs.map((h) => h.code).join(', ');
    throw new NotFoundError(`No hub "${code}". Known hubs: ${known}.`, { code });
  }
  return found;
}

/** Hubs whose `destination` is this slug (empty for an unknown slug). */
export function hubsForDestination(slug: string): readonly Hub[] {
  return getCatalog().hubsByDestination.get(slug) ?? [];
}

/** Directed links leaving the hub with this code (empty when none). */
export function linksFrom(code: string): readonly Link[] {
  return getCatalog().linksFrom.get(code) ?? [];
}

/** All directed links between hubs. */
export function listLinks(): readonly Link[] {
  return getCatalog().links;
}

/** Exchange rates (USD → KRW, KHR) with their date and source. */
export function getRates(): Rates {
  return getCatalog().rates;
}

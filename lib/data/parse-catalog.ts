/**
 * Turns the raw contents of data/ into a validated Catalog. Kept apart from the static JSON imports
 * (catalog.ts) so tests can feed it broken records. Every problem throws a DataError whose message
 * names the file, the record (destination slug, place id, hub code, link id) and the field.
 */
import type { z } from 'zod';
import { DataError } from '@/lib/errors';
import { checkOpeningHours, withClosures } from '@/lib/data/opening-hours';
import {
  destination as destinationSchema,
  type CountryCode,
  type FactAbout,
  hubsFile,
  linksFile,
  ratesFile,
  type Destination,
  type Hub,
  type Link,
  type Place,
  type Rates,
} from '@/lib/data/schema';

/** Raw JSON of one data file and the label (path) used in error messages. */
export interface RawFile {
  file: string;
  data: unknown;
}

/** Everything under data/, unparsed. */
export interface RawCatalogInput {
  destinations: RawFile[];
  hubs: RawFile;
  links: RawFile;
  rates: RawFile;
}

/** A place together with the slug of the destination it belongs to. */
export interface PlaceEntry {
  place: Place;
  destination: string;
}

/** The validated data set with its indexes. */
export interface Catalog {
  destinations: readonly Destination[];
  destinationsBySlug: ReadonlyMap<string, Destination>;
  places: ReadonlyMap<string, PlaceEntry>;
  hubs: readonly Hub[];
  hubsByCode: ReadonlyMap<string, Hub>;
  hubsByDestination: ReadonlyMap<string, readonly Hub[]>;
  links: readonly Link[];
  linksById: ReadonlyMap<string, Link>;
  linksFrom: ReadonlyMap<string, readonly Link[]>;
  rates: Rates;
  /** The file each destination came from (for error messages further on). */
  fileOf: ReadonlyMap<string, string>;
}

type PathKey = PropertyKey;

function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names the records a path passes through, e.g. `destination "seoul" › place "gyeongbokgung"`. */
function describeRecords(root: unknown, path: readonly PathKey[], rootKind: string | undefined): string {
  const parts: string[] = [];
  const labelOf = (value: unknown, kind: string, fallback: string) => {
    if (isRecord(value)) {
      for (const key of ['id', 'code', 'slug'] as const) {
        const v = value[key];
        if (typeof v === 'string' && v.length > 0) return `${kind} "${v}"`;
      }
    }
    return `${kind} ${fallback}`;
  };
  if (rootKind && isRecord(root)) parts.push(labelOf(root, rootKind, '(no slug)'));
  let current: unknown = root;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    if (key === undefined) break;
    const next: unknown = Array.isArray(current) && typeof key === 'number' ? current[key] : isRecord(current) ? current[key as string] : undefined;
    const parentKey = path[i - 1];
    if (typeof key === 'number' && typeof parentKey === 'string') {
      const kind = KIND_OF_ARRAY[parentKey];
      if (kind) parts.push(labelOf(next, kind, `#${key}`));
    }
    current = next;
  }
  return parts.length > 0 ? parts.join(' › ') : 'file';
}

const KIND_OF_ARRAY: Record<string, string> = {
  places: 'place',
  hubs: 'hub',
  links: 'link',
  stayAreas: 'stay area',
  seasons: 'season',
  passes: 'pass',
  transport: 'transport',
  transfers: 'transfer',
  climate: 'climate month',
};

function parseFile<S extends z.ZodType>(schema: S, raw: RawFile, rootKind?: string): z.infer<S> {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = describeRecords(raw.data, issue.path, rootKind);
    return `${where}: field "${formatPath(issue.path)}": ${issue.message}`;
  });
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  throw new DataError(`${raw.file}: ${shown}${more}. Fix the data file and run \`npx vitest run tests/lib/data\`.`);
}

function fail(file: string, record: string, field: string, reason: string): never {
  throw new DataError(`${file}: ${record}: field "${field}": ${reason}. Fix the data file and run \`npx vitest run tests/lib/data\`.`);
}

const HANGUL = /[\uAC00-\uD7A3]/;
const KHMER = /[\u1780-\u17FF]/;
const LOCAL_SCRIPT: Record<CountryCode, { pattern: RegExp; name: string }> = {
  KR: { pattern: HANGUL, name: 'Hangul' },
  KH: { pattern: KHMER, name: 'Khmer script' },
};

/** The fact kinds a place must have a dated source for, given what it states. */
function requiredFacts(p: Place): FactAbout[] {
  const required: FactAbout[] = ['hours', 'location'];
  if (p.fee.kind === 'ticket') required.push('fee');
  if (p.booking.required) required.push('booking');
  if (p.closures && p.closures.length > 0) required.push('closure');
  return required;
}

function checkPlaceRecord(file: string, prec: string, i: number, p: Place, country: CountryCode): void {
  const script = LOCAL_SCRIPT[country];
  if (!script.pattern.test(p.addressLocal)) {
    fail(file, prec, `places[${i}].addressLocal`, `must be written in ${script.name} for a place in ${country} (the address or the name a driver knows), not a romanisation`);
  }
  const covered = new Set(p.facts.flatMap((f) => f.about));
  for (const about of requiredFacts(p)) {
    if (!covered.has(about)) fail(file, prec, `places[${i}].facts`, `no dated source for "${about}": add a fact { about: ["${about}"], source, checked }`);
  }
  p.facts.forEach((f, j) => {
    if (f.published !== undefined && f.published > f.checked) {
      fail(file, prec, `places[${i}].facts[${j}].published`, `${f.published} is after the day it was checked (${f.checked})`);
    }
  });
  p.closures?.forEach((c, j) => {
    if (c.to !== undefined && c.to < c.from) fail(file, prec, `places[${i}].closures[${j}].to`, `${c.to} is before from (${c.from})`);
  });
  const tags = new Set(p.tags);
  if (tags.size !== p.tags.length) fail(file, prec, `places[${i}].tags`, 'lists a tag twice');
}

function inBox(bbox: Destination['bbox'], lat: number, lon: number): boolean {
  return lat >= bbox.south && lat <= bbox.north && lon >= bbox.west && lon <= bbox.east;
}

function checkDestination(file: string, d: Destination): void {
  const rec = `destination "${d.slug}"`;
  const fileSlug = /([a-z0-9-]+)\.json$/.exec(file)?.[1];
  if (fileSlug !== undefined && fileSlug !== d.slug) fail(file, rec, 'slug', `must match the file name ("${fileSlug}")`);
  const { bbox } = d;
  if (!(bbox.south < bbox.north)) fail(file, rec, 'bbox', `south (${bbox.south}) must be below north (${bbox.north})`);
  if (!(bbox.west < bbox.east)) fail(file, rec, 'bbox', `west (${bbox.west}) must be left of east (${bbox.east})`);
  if (!inBox(bbox, d.center.lat, d.center.lon)) fail(file, rec, 'center', 'is outside the destination bbox');
  const months = d.climate.map((c) => c.month).sort((a, b) => a - b);
  if (months.some((m, i) => m !== i + 1)) fail(file, rec, 'climate', 'must list each month 1–12 exactly once');
  const seen = (kind: string, field: string, ids: string[]) => {
    const set = new Set<string>();
    ids.forEach((id, i) => {
      if (set.has(id)) fail(file, `${rec} › ${kind} "${id}"`, `${field}[${i}].id`, 'duplicate id');
      set.add(id);
    });
  };
  seen('stay area', 'stayAreas', d.stayAreas.map((s) => s.id));
  seen('season', 'seasons', d.seasons.map((s) => s.id));
  seen('pass', 'passes', d.passes.map((p) => p.id));
  d.stayAreas.forEach((s, i) => {
    if (!inBox(bbox, s.lat, s.lon)) {
      fail(file, `${rec} › stay area "${s.id}"`, `stayAreas[${i}].lat/lon`, `(${s.lat}, ${s.lon}) is outside the destination bbox ${JSON.stringify(bbox)}`);
    }
  });
  const passIds = new Set(d.passes.map((p) => p.id));
  d.places.forEach((p, i) => {
    const prec = `${rec} › place "${p.id}"`;
    if (!inBox(bbox, p.lat, p.lon)) {
      fail(file, prec, `places[${i}].lat/lon`, `(${p.lat}, ${p.lon}) is outside the destination bbox ${JSON.stringify(bbox)}; check the coordinates (lat/lon swapped?)`);
    }
    checkPlaceRecord(file, prec, i, p, d.country);
    const hoursProblem = checkOpeningHours(p.openingHours, d.country)[0];
    if (hoursProblem !== undefined) fail(file, prec, `places[${i}].openingHours`, hoursProblem);
    if (p.fee.kind === 'pass' && !passIds.has(p.fee.passId)) {
      fail(file, prec, `places[${i}].fee.passId`, `pass "${p.fee.passId}" is not defined in this destination's passes (${[...passIds].join(', ') || 'none'})`);
    }
  });
}

/** Validates all data files and cross-record rules, and builds the indexes. Throws DataError. */
export function parseCatalog(input: RawCatalogInput): Catalog {
  const destinations: Destination[] = [];
  const destinationsBySlug = new Map<string, Destination>();
  const fileOf = new Map<string, string>();
  const places = new Map<string, PlaceEntry>();
  const placeFile = new Map<string, string>();

  for (const raw of input.destinations) {
    const parsed = parseFile(destinationSchema, raw, 'destination');
    // Closures become dated `off` rules of the hours every caller evaluates.
    const d: Destination = { ...parsed, places: parsed.places.map((p) => (p.closures?.length ? { ...p, openingHours: withClosures(p.openingHours, p.closures) } : p)) };
    const other = fileOf.get(d.slug);
    if (other !== undefined) fail(raw.file, `destination "${d.slug}"`, 'slug', `duplicate slug, also used in ${other}`);
    checkDestination(raw.file, d);
    d.places.forEach((p, i) => {
      const first = placeFile.get(p.id);
      if (first !== undefined) {
        fail(raw.file, `destination "${d.slug}" › place "${p.id}"`, `places[${i}].id`, `duplicate place id, already used in ${first}`);
      }
      placeFile.set(p.id, raw.file);
      places.set(p.id, { place: p, destination: d.slug });
    });
    destinations.push(d);
    destinationsBySlug.set(d.slug, d);
    fileOf.set(d.slug, raw.file);
  }

  const { hubs } = parseFile(hubsFile, input.hubs);
  const hubsByCode = new Map<string, Hub>();
  const hubsByDestination = new Map<string, Hub[]>();
  hubs.forEach((h, i) => {
    const rec = `hub "${h.code}"`;
    if (hubsByCode.has(h.code)) fail(input.hubs.file, rec, `hubs[${i}].code`, 'duplicate hub code');
    hubsByCode.set(h.code, h);
    if (h.destination !== null) {
      const d = destinationsBySlug.get(h.destination);
      if (!d) fail(input.hubs.file, rec, `hubs[${i}].destination`, `unknown destination "${h.destination}" (known: ${[...destinationsBySlug.keys()].join(', ')})`);
      if (d.country !== h.country) fail(input.hubs.file, rec, `hubs[${i}].country`, `is ${h.country} but destination "${d.slug}" is in ${d.country}`);
      if (d.timezone !== h.timezone) fail(input.hubs.file, rec, `hubs[${i}].timezone`, `is ${h.timezone} but destination "${d.slug}" uses ${d.timezone}`);
      const list = hubsByDestination.get(h.destination) ?? [];
      list.push(h);
      hubsByDestination.set(h.destination, list);
    }
  });

  const { links } = parseFile(linksFile, input.links);
  const linksById = new Map<string, Link>();
  const linksFrom = new Map<string, Link[]>();
  links.forEach((l, i) => {
    const rec = `link "${l.id}"`;
    if (linksById.has(l.id)) fail(input.links.file, rec, `links[${i}].id`, 'duplicate link id');
    if (!hubsByCode.has(l.from)) fail(input.links.file, rec, `links[${i}].from`, `unknown hub code "${l.from}"`);
    if (!hubsByCode.has(l.to)) fail(input.links.file, rec, `links[${i}].to`, `unknown hub code "${l.to}"`);
    if (l.from === l.to) fail(input.links.file, rec, `links[${i}].to`, 'a link must go to a different hub');
    linksById.set(l.id, l);
    const list = linksFrom.get(l.from) ?? [];
    list.push(l);
    linksFrom.set(l.from, list);
  });

  const rates = parseFile(ratesFile, input.rates);

  return { destinations, destinationsBySlug, places, hubs, hubsByCode, hubsByDestination, links, linksById, linksFrom, rates, fileOf };
}

/**
 * Saved plans from before language-neutral itineraries (schemaVersion 1) held their words in one
 * language. This turns such an itinerary into the current shape without re-planning: items, times
 * and costs stay exactly as saved. Names and titles are decoded back to codes where the saved words
 * are exactly what a code renders to in the plan's language (a visit's place, "Lunch near …", "To …",
 * flights, transfers); words that cannot be decoded (notes, most warnings) are kept verbatim as
 * `legacyText`, shown as saved in every language. Run once per stored revision (db/upgrades).
 */
import { z } from 'zod';
import type { Catalog } from '@/lib/data/parse-catalog';
import { renderText } from '@/lib/i18n/localize-itinerary';
import { destinationRef, hubRef, placeRef, stayAreaRef } from '@/lib/planner/coded-text';
import type { CodedText, Itinerary, ItineraryItem, ItineraryNames, NameRef, Warning } from '@/lib/planner/itinerary';
import { catalogNames } from '@/lib/planner/itinerary-names';
import { itineraryItem, travelMode } from '@/lib/planner/itinerary-schema';
import type { Locale } from '@/lib/i18n/locale';
import { planRequest } from '@/lib/planner/request';

const v1Item = z.looseObject({
  type: itineraryItem.shape.type,
  start: z.string(),
  end: z.string(),
  name: z.string(),
  placeId: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  fromHub: z.string().optional(),
  toHub: z.string().optional(),
  mode: travelMode.optional(),
  distanceKm: z.number().optional(),
  cost: itineraryItem.shape.cost,
  note: z.string().optional(),
});

/** The saved shape of schemaVersion 1, as far as the upgrade reads it. */
export const itineraryV1 = z.looseObject({
  schemaVersion: z.literal(1),
  request: planRequest,
  summary: z.looseObject({
    direction: z.enum(['KR_TO_KH', 'KH_TO_KR']),
    startDate: z.string(),
    endDate: z.string(),
    days: z.number(),
    destinations: z.array(z.string()),
    places: z.number(),
    distanceKm: z.number(),
    flightKm: z.number().optional(),
    score: z.number(),
  }),
  days: z.array(
    z.looseObject({
      date: z.string(),
      dayNumber: z.number(),
      destination: z.string().nullable(),
      timezone: z.enum(['Asia/Phnom_Penh', 'Asia/Seoul']),
      stay: z.looseObject({ kind: z.enum(['area', 'hub', 'in_flight', 'home']), id: z.string(), name: z.string(), lat: z.number().optional(), lon: z.number().optional() }),
      items: z.array(v1Item),
    }),
  ),
  costs: z.looseObject({
    lines: z.array(z.looseObject({ kind: z.enum(['flights', 'intercity', 'transfers', 'local_transport', 'entrance_fees', 'stays', 'meals']), usd: z.number() })),
    totalUsd: z.number(),
    totalKrw: z.number(),
    totalKhr: z.number(),
    ratesAsOf: z.string(),
  }),
  warnings: z.array(z.looseObject({ code: z.string(), severity: z.enum(['info', 'caution']), message: z.string(), placeId: z.string().optional(), dayNumber: z.number().optional() })),
});
export type ItineraryV1 = z.infer<typeof itineraryV1>;

/** Warnings whose words never depended on anything but their code. */
const PLAIN_WARNINGS: Record<string, (itinerary: ItineraryV1) => CodedText> = {
  time_difference: () => ({ code: 'timeDifference' }),
  entry_rules: (itinerary) => ({ code: itinerary.request.direction === 'KR_TO_KH' ? 'entryKhForKorean' : 'entryKrForCambodian' }),
};

/** The current-shape itinerary for a saved version-1 one; its items, times and costs unchanged. */
export function upgradeItineraryV1(saved: ItineraryV1, catalog: Catalog): Itinerary {
  const locale = saved.request.locale;
  const names = new NameCollector(catalog);
  const legacy = (text: string): CodedText => ({ code: 'legacyText', params: { text } });
  // Visits name their place: the saved name is the place's name as it was, kept if it left the catalogue.
  for (const item of saved.days.flatMap((d) => d.items)) if (item.type === 'visit' && item.placeId) names.remember('places', item.placeId, item.name);
  for (const slug of saved.summary.destinations) names.add(destinationRef(slug));

  const days = saved.days.map((day) => {
    const stay = { kind: day.stay.kind, id: day.stay.id, ...(day.stay.lat === undefined ? {} : { lat: day.stay.lat, lon: day.stay.lon }) };
    if (day.stay.kind === 'area') names.remember('stayAreas', day.stay.id, day.stay.name);
    if (day.stay.kind === 'home') names.remember('hubs', day.stay.id, day.stay.name);
    if (day.stay.kind === 'hub') names.add(hubRef(day.stay.id));
    if (day.destination) names.add(destinationRef(day.destination));
    const items = day.items.map((item): ItineraryItem => {
      const { name, note, ...facts } = item;
      for (const code of [item.fromHub, item.toHub]) if (code) names.add(hubRef(code));
      const title = decodeTitle(item, day.destination, catalog, names, locale) ?? legacy(name);
      return { ...stripUndefined(facts), title, ...(note ? { notes: [legacy(note)] } : {}) } as ItineraryItem;
    });
    return { date: day.date, dayNumber: day.dayNumber, destination: day.destination, timezone: day.timezone, stay, items };
  });

  const warnings = saved.warnings.map((w): Warning => {
    if (w.placeId) names.add(placeRef(w.placeId));
    const plain = PLAIN_WARNINGS[w.code];
    return {
      code: w.code,
      severity: w.severity,
      text: plain ? plain(saved) : legacy(w.message),
      ...(w.placeId ? { placeId: w.placeId } : {}),
      ...(w.dayNumber ? { dayNumber: w.dayNumber } : {}),
    };
  });

  const { summary, costs } = saved;
  return {
    schemaVersion: 2,
    request: saved.request,
    summary: {
      direction: summary.direction,
      startDate: summary.startDate,
      endDate: summary.endDate,
      days: summary.days,
      destinations: summary.destinations,
      places: summary.places,
      distanceKm: summary.distanceKm,
      flightKm: summary.flightKm ?? 0,
      score: summary.score,
    },
    days,
    costs: { lines: costs.lines.map((line) => ({ kind: line.kind, usd: line.usd })), totalUsd: costs.totalUsd, totalKrw: costs.totalKrw, totalKhr: costs.totalKhr, ratesAsOf: costs.ratesAsOf },
    warnings,
    names: names.table,
  };
}

/**
 * The coded title whose rendering in the plan's language is exactly the saved name, among the few a
 * planner of version 1 could have written for this item; undefined when none matches.
 */
function decodeTitle(item: z.infer<typeof v1Item>, destination: string | null, catalog: Catalog, names: NameCollector, locale: Locale): CodedText | undefined {
  const candidates: CodedText[] = [];
  if (item.type === 'visit' && item.placeId) candidates.push({ code: 'name', params: { name: placeRef(item.placeId) } });
  if (item.type === 'free') candidates.push({ code: 'freeTime' });
  if (item.type === 'flight' && item.fromHub && item.toHub) candidates.push({ code: 'flight', params: { from: item.fromHub, to: item.toHub } });
  if (item.type === 'travel' && item.fromHub && item.toHub) candidates.push({ code: 'intercity', params: { from: hubRef(item.fromHub), to: hubRef(item.toHub) } });
  if (item.type === 'transfer' && item.mode) {
    const hub = item.toHub ?? item.fromHub;
    const served = hub ? catalog.hubsByCode.get(hub)?.destination : undefined;
    const place = item.toHub ? hubRef(item.toHub) : served ? destinationRef(served) : undefined;
    if (place) candidates.push({ code: 'transferTo', params: { mode: { mode: item.mode }, place } });
  }
  if ((item.type === 'meal' || (item.type === 'travel' && !item.fromHub)) && destination) {
    // Meals and local rides are near or towards a place or stay area at exactly its coordinates.
    for (const ref of refsAt(item.lat, item.lon, destination, catalog)) {
      const codes = item.type === 'meal' ? (['lunchNear', 'dinnerNear'] as const) : (['travelTo', 'backTo'] as const);
      for (const code of codes) candidates.push({ code, params: { place: ref } });
    }
  }
  for (const candidate of candidates) {
    const refs = Object.values(candidate.params ?? {}).filter((v): v is NameRef => typeof v === 'object' && 'ref' in v);
    refs.forEach((ref) => names.add(ref));
    if (renderText(candidate, names.table, locale) === item.name) return candidate;
  }
  return undefined;
}

function refsAt(lat: number | undefined, lon: number | undefined, slug: string, catalog: Catalog): NameRef[] {
  const destination = catalog.destinationsBySlug.get(slug);
  if (!destination || lat === undefined || lon === undefined) return [];
  const at = (p: { lat: number; lon: number }) => p.lat === lat && p.lon === lon;
  return [...destination.places.filter(at).map((p) => placeRef(p.id)), ...destination.stayAreas.filter(at).map((a) => stayAreaRef(a.id))];
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The names table being built: the catalogue's name where it has one, else what the plan showed. */
class NameCollector {
  readonly table: ItineraryNames = { places: {}, hubs: {}, destinations: {}, stayAreas: {} };
  private readonly nameOf: ReturnType<typeof catalogNames>;

  constructor(catalog: Catalog) {
    this.nameOf = catalogNames(catalog);
  }

  add(ref: NameRef): void {
    this.remember(ref.ref, ref.id, ref.id);
  }

  /** Records a name; `shown` (the words the old plan used) stands in every language when the catalogue lacks it. */
  remember(ref: NameRef['ref'], id: string, shown: string): void {
    if (this.table[ref][id]) return;
    this.table[ref][id] = this.nameOf(ref, id) ?? { en: shown, ko: shown, km: shown };
  }
}

/**
 * The shape of a planned itinerary, as the planner returns it and saved plans store it. It holds
 * facts and codes, no sentences: places, hubs and stays by id, times, modes, amounts, and coded
 * texts (`{ code, params }`) for titles, notes and warnings. Words are chosen at the edges (pages,
 * API, exports) in the reader's language by lib/i18n/localize-itinerary.ts. The names of everything
 * it refers to travel with it (`names`), so a saved plan still reads the same after a place leaves
 * the catalogue. Times are ISO 8601 local date-times with the local UTC offset
 * (2026-12-21T09:30:00+09:00). Documented in docs/api.md.
 */
import type { CurrencyCode, LocalizedText, LocalMode, TimeZone } from '@/lib/data/schema';
import type { MessageCode } from '@/lib/i18n/catalogue';
import type { PlanRequest } from './request';

/** Bumped when the shape changes incompatibly; saved plans and JSON exports carry it. v2: no prose. */
export const ITINERARY_SCHEMA_VERSION = 2;

export type ItemType = 'flight' | 'transfer' | 'visit' | 'meal' | 'travel' | 'free';

/** How a leg is travelled: a local mode, or an intercity one. */
export type TravelMode = LocalMode | 'flight' | 'ktx' | 'bus' | 'car' | 'ferry' | 'airport_rail';

/** Something the itinerary names, looked up in its `names`. */
export interface NameRef {
  ref: keyof ItineraryNames;
  id: string;
}

/**
 * A value inside a coded text: a literal (a time, a date, a code), a name to look up, a travel mode
 * to name, or a text the data holds in every language (a link's note, a season's advice).
 */
export type TextParam = string | number | NameRef | { mode: TravelMode } | { text: LocalizedText };

/** Words to show, as a message code of the catalogue (messages/*.json, namespace Plan) and its values. */
export interface CodedText {
  code: MessageCode;
  params?: Record<string, TextParam>;
}

export interface Cost {
  /** For the whole party. */
  amount: number;
  currency: CurrencyCode;
  /** The same in USD, for totals. */
  usd: number;
}

export interface ItineraryItem {
  type: ItemType;
  start: string;
  end: string;
  /** What the item is called ("Lunch near {place}", a place's name). */
  title: CodedText;
  placeId?: string;
  lat?: number;
  lon?: number;
  /** Hub codes for flights, transfers and intercity travel. */
  fromHub?: string;
  toHub?: string;
  mode?: TravelMode;
  distanceKm?: number;
  cost?: Cost;
  /** Check-in time, sunrise time, booking advice…, in order. */
  notes?: CodedText[];
}

export interface StayRef {
  /** area: a stay area (names.stayAreas); hub: near a connecting airport (names.hubs); home: the home airport (names.hubs). */
  kind: 'area' | 'hub' | 'in_flight' | 'home';
  id: string;
  lat?: number;
  lon?: number;
}

export interface ItineraryDay {
  date: string;
  dayNumber: number;
  /** Destination slug, or null on a pure travel day. */
  destination: string | null;
  timezone: TimeZone;
  /** Where the night is spent. */
  stay: StayRef;
  items: ItineraryItem[];
}

export type CostKind = 'flights' | 'intercity' | 'transfers' | 'local_transport' | 'entrance_fees' | 'stays' | 'meals';

export interface CostLine {
  kind: CostKind;
  usd: number;
}

export interface Costs {
  lines: CostLine[];
  totalUsd: number;
  totalKrw: number;
  totalKhr: number;
  ratesAsOf: string;
}

export interface Warning {
  code: string;
  severity: 'info' | 'caution';
  text: CodedText;
  placeId?: string;
  dayNumber?: number;
}

export interface ItinerarySummary {
  direction: PlanRequest['direction'];
  startDate: string;
  endDate: string;
  days: number;
  /** Destination slugs in the order visited (named in names.destinations). */
  destinations: string[];
  places: number;
  /** Kilometres travelled on the ground (walks, rides, trains, buses, transfers). */
  distanceKm: number;
  /** Kilometres flown (great-circle). */
  flightKm: number;
  /** Sum of the value of the visited places, the planner's objective (for comparing plans). */
  score: number;
}

/** The names, in every language, of everything the itinerary refers to, by id. */
export interface ItineraryNames {
  places: Record<string, LocalizedText>;
  hubs: Record<string, LocalizedText>;
  destinations: Record<string, LocalizedText>;
  stayAreas: Record<string, LocalizedText>;
}

export interface Itinerary {
  schemaVersion: typeof ITINERARY_SCHEMA_VERSION;
  request: PlanRequest;
  summary: ItinerarySummary;
  days: ItineraryDay[];
  costs: Costs;
  warnings: Warning[];
  names: ItineraryNames;
}

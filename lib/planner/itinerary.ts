/**
 * The shape of a planned itinerary, as the API returns it, saved plans store it and exports read it.
 * Times are ISO 8601 local date-times with the local UTC offset (2026-12-21T09:30:00+09:00), so every
 * consumer can show local time without a time-zone database. Documented in docs/api.md.
 */
import type { CurrencyCode, LocalMode, TimeZone } from '@/lib/data/schema';
import type { PlanRequest } from './request';

/** Bumped when the shape changes incompatibly; saved plans and JSON exports carry it. */
export const ITINERARY_SCHEMA_VERSION = 1;

export type ItemType = 'flight' | 'transfer' | 'visit' | 'meal' | 'travel' | 'free';

/** How a leg is travelled: a local mode, or an intercity one. */
export type TravelMode = LocalMode | 'flight' | 'ktx' | 'bus' | 'car' | 'ferry' | 'airport_rail';

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
  /** Display name in the request's locale. */
  name: string;
  placeId?: string;
  lat?: number;
  lon?: number;
  /** Hub codes for flights, transfers and intercity travel. */
  fromHub?: string;
  toHub?: string;
  mode?: TravelMode;
  distanceKm?: number;
  cost?: Cost;
  note?: string;
}

export interface StayRef {
  kind: 'area' | 'hub' | 'in_flight' | 'home';
  id: string;
  name: string;
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

export interface CostLine {
  kind: 'flights' | 'intercity' | 'transfers' | 'local_transport' | 'entrance_fees' | 'stays' | 'meals';
  label: string;
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
  message: string;
  placeId?: string;
  dayNumber?: number;
}

export interface ItinerarySummary {
  title: string;
  direction: PlanRequest['direction'];
  startDate: string;
  endDate: string;
  days: number;
  destinations: string[];
  places: number;
  /** Kilometres travelled on the ground (walks, rides, trains, buses, transfers). */
  distanceKm: number;
  /** Kilometres flown (great-circle); absent in plans saved before it was added. */
  flightKm?: number;
  /** Sum of the value of the visited places, the planner's objective (for comparing plans). */
  score: number;
}

export interface Itinerary {
  schemaVersion: typeof ITINERARY_SCHEMA_VERSION;
  request: PlanRequest;
  summary: ItinerarySummary;
  days: ItineraryDay[];
  costs: Costs;
  warnings: Warning[];
}

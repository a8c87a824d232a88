/**
 * What the itinerary's client components receive besides the Itinerary itself: the visited places'
 * details in the page language, evaluated on the server for the day of the visit, so the browser
 * needs neither the catalog nor the opening_hours parser.
 */
import type { ExplorerFee } from '@/components/explorer/explorer-types';
import type { CurrencyCode, PlaceCategory } from '@/lib/data/schema';

export interface VisitPlaceInfo {
  description: string;
  category: PlaceCategory;
  /** Open windows on the visit's date, minutes after local midnight; null when unknown. */
  hours: readonly (readonly [number, number])[] | null;
  fee: ExplorerFee;
  bookingRequired: boolean;
}

export interface TripDestination {
  slug: string;
  name: string;
  center: { lat: number; lon: number };
}

/** Units of one US dollar, for showing cost lines in the chosen currency. */
export interface UsdRates {
  KRW: number;
  KHR: number;
}

/** Every currency the catalog prices in can be shown. */
export type DisplayCurrency = CurrencyCode;

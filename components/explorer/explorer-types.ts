/**
 * What the destination explorer's client components receive: one place, already reduced to the
 * page's language and with its weekly hours evaluated on the server, so the browser needs neither
 * the whole catalog nor the opening_hours parser.
 */
import type { Money, Place, PlaceCategory } from '@/lib/data/schema';

/** Open windows in minutes after local midnight for one weekday (1 = Monday … 7 = Sunday). */
export interface WeekdayHours {
  weekday: number;
  intervals: readonly (readonly [number, number])[];
}

export type ExplorerFee =
  | { kind: 'free' }
  | { kind: 'ticket'; adult: Money; child?: Money; note?: string }
  | { kind: 'pass'; passName: string };

export interface ExplorerPlace {
  id: string;
  name: string;
  description: string;
  address: string;
  category: PlaceCategory;
  lat: number;
  lon: number;
  approximateLocation: boolean;
  visitMinutes: number;
  bestTime?: NonNullable<Place['bestTime']>;
  /** Seven entries, Monday first; null when the hours could not be evaluated. */
  week: readonly WeekdayHours[] | null;
  closedOnPublicHolidays: boolean;
  fee: ExplorerFee;
  booking: { required: boolean; note?: string };
}

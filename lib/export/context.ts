/** What every export renderer receives besides the itinerary. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Branding } from './branding';

export interface ExportContext {
  branding: Branding;
  /** For addresses, categories and descriptions of places; exports degrade gracefully without it. */
  catalog?: Catalog;
  /** The saved plan's id: stable calendar UIDs. Without it the UIDs derive from the request. */
  planId?: string;
  /** The saved plan's revision: the calendar SEQUENCE, so re-imports replace older events. */
  revision?: number;
  /** Time stamp for DTSTAMP and file metadata; defaults to now. */
  now?: Date;
}

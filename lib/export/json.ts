/** JSON export: the itinerary exactly as the API returns it, schemaVersion first. */
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { ITINERARY_SCHEMA_VERSION } from '@/lib/planner/itinerary';

/** Pretty-printed JSON of the itinerary. */
export function renderJson(itinerary: LocalizedItinerary): string {
  const { schemaVersion: _ignored, ...rest } = itinerary;
  return JSON.stringify({ schemaVersion: ITINERARY_SCHEMA_VERSION, ...rest }, null, 2) + '\n';
}

import 'server-only';
import { toExplorerFee } from './explorer-places';
import type { Catalog } from '@/lib/data/catalog';
import { openIntervals } from '@/lib/data/opening-hours';
import type { LocalizedText } from '@/lib/data/schema';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { TripDestination, VisitPlaceInfo } from '@/components/itinerary/itinerary-types';

type Lang = keyof LocalizedText;

/** Details of every visited place in `lang`, keyed by place id, with the hours of the visit's date. */
export function visitPlaces(itinerary: LocalizedItinerary, catalog: Catalog, lang: Lang): Record<string, VisitPlaceInfo> {
  const out: Record<string, VisitPlaceInfo> = {};
  for (const day of itinerary.days) {
    for (const item of day.items) {
      if (item.type !== 'visit' || !item.placeId) continue;
      const entry = catalog.places.get(item.placeId);
      const destination = entry ? catalog.destinationsBySlug.get(entry.destination) : undefined;
      if (!entry || !destination) continue;
      const { place } = entry;
      let hours: VisitPlaceInfo['hours'] = null;
      try {
        hours = openIntervals(place.openingHours, destination.country, item.start.slice(0, 10), destination.timezone, { lat: place.lat, lon: place.lon });
      } catch {
        // Validated at load; if one still cannot be evaluated the timeline says "check locally".
      }
      out[item.placeId] = { description: place.description[lang], category: place.category, hours, fee: toExplorerFee(place, destination, lang), bookingRequired: place.booking.required };
    }
  }
  return out;
}

/** The trip's destinations with their names and map centres. */
export function tripDestinations(itinerary: LocalizedItinerary, catalog: Catalog, lang: Lang): TripDestination[] {
  return itinerary.summary.destinations.flatMap((slug) => {
    const destination = catalog.destinationsBySlug.get(slug);
    return destination ? [{ slug, name: destination.name[lang], center: destination.center }] : [];
  });
}

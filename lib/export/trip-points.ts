/**
 * The geometry every map-like export shares: the places and stays of a trip as waypoints, and each
 * day's path through its located items (from last night's stay to tonight's).
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Place } from '@/lib/data/schema';
import type { LocalizedDay, LocalizedItem, LocalizedItinerary } from '@/lib/i18n/localize-itinerary';

export interface Point {
  lat: number;
  lon: number;
  name: string;
}

export interface Waypoint extends Point {
  kind: 'place' | 'stay';
  id: string;
  description: string;
  category?: string;
}

/** The catalog entry of a visit, when the itinerary names a place we know. */
export function placeOf(item: LocalizedItem, catalog: Catalog | undefined): Place | undefined {
  return item.placeId ? catalog?.places.get(item.placeId)?.place : undefined;
}

/** Unique visited places (in visit order), then unique stays with coordinates. */
export function tripWaypoints(itinerary: LocalizedItinerary, catalog: Catalog | undefined): Waypoint[] {
  const { locale } = itinerary;
  const places: Waypoint[] = [];
  const stays: Waypoint[] = [];
  const seen = new Set<string>();
  for (const day of itinerary.days) {
    for (const item of day.items) {
      if (item.type !== 'visit' || item.lat === undefined || item.lon === undefined) continue;
      const id = item.placeId ?? `${day.dayNumber}-${item.start}`;
      if (seen.has(`place:${id}`)) continue;
      seen.add(`place:${id}`);
      const place = placeOf(item, catalog);
      places.push({
        kind: 'place',
        id,
        lat: item.lat,
        lon: item.lon,
        name: item.name,
        description: [place?.address, place?.description[locale]].filter(Boolean).join('\n'),
        category: place?.category,
      });
    }
    const { stay } = day;
    if (stay.lat !== undefined && stay.lon !== undefined && !seen.has(`stay:${stay.id}`)) {
      seen.add(`stay:${stay.id}`);
      stays.push({ kind: 'stay', id: stay.id, lat: stay.lat, lon: stay.lon, name: stay.name, description: '' });
    }
  }
  return [...places, ...stays];
}

/**
 * The day's path: last night's stay (if located), every located item in order, where a flight or
 * transfer starts (its origin hub, when the catalog knows it) and tonight's stay; repeats dropped.
 */
export function dayPath(itinerary: LocalizedItinerary, day: LocalizedDay, catalog: Catalog | undefined): Point[] {
  const points: Point[] = [];
  const push = (point: Point | undefined) => {
    if (!point) return;
    const last = points[points.length - 1];
    if (last && Math.abs(last.lat - point.lat) < 1e-6 && Math.abs(last.lon - point.lon) < 1e-6) return;
    points.push(point);
  };
  const previous = itinerary.days.find((d) => d.dayNumber === day.dayNumber - 1);
  if (previous?.stay.lat !== undefined && previous.stay.lon !== undefined) push({ lat: previous.stay.lat, lon: previous.stay.lon, name: previous.stay.name });
  for (const item of day.items) {
    const hub = item.fromHub ? catalog?.hubsByCode.get(item.fromHub) : undefined;
    if (hub && (item.type === 'flight' || item.type === 'transfer')) push({ lat: hub.lat, lon: hub.lon, name: hub.name[itinerary.locale] });
    if (item.lat !== undefined && item.lon !== undefined) push({ lat: item.lat, lon: item.lon, name: item.name });
  }
  if (day.stay.lat !== undefined && day.stay.lon !== undefined) push({ lat: day.stay.lat, lon: day.stay.lon, name: day.stay.name });
  return points;
}

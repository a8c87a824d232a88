/**
 * The map layers of an itinerary: numbered pins for the visits in visit order (numbers restart each
 * day, colours change by day), a square pin for each night's stay area, and each day's route as a
 * line in the day's colour (flights dashed).
 */
import type { MapMarker, MapPolyline } from '@/components/map/map-types';
import type { LocalizedDay } from '@/lib/i18n/localize-itinerary';
import { dayColor } from './day-colors';

export const STAY_COLOR = '#14201f';

export interface MapTitles {
  visit: (dayNumber: number, number: number, name: string) => string;
  stay: (name: string) => string;
}

type Point = readonly [number, number];

/** Markers and route lines for the given days (one day, or the whole trip). */
export function itineraryMapLayers(days: readonly LocalizedDay[], allDays: readonly LocalizedDay[], titles: MapTitles): { markers: MapMarker[]; polylines: MapPolyline[] } {
  const markers: MapMarker[] = [];
  const polylines: MapPolyline[] = [];
  const stays = new Set<string>();

  for (const day of days) {
    const color = dayColor(day.dayNumber);
    let number = 0;
    for (const item of day.items) {
      if (item.type !== 'visit' || !item.placeId || item.lat === undefined || item.lon === undefined) continue;
      number += 1;
      markers.push({ id: item.placeId, lat: item.lat, lon: item.lon, label: String(number), color, title: titles.visit(day.dayNumber, number, item.name) });
    }

    // The route starts where the previous night was spent.
    const previous = allDays.find((d) => d.dayNumber === day.dayNumber - 1)?.stay;
    let segment: Point[] = previous?.kind === 'area' && previous.lat !== undefined && previous.lon !== undefined ? [[previous.lat, previous.lon]] : [];
    let part = 0;
    const flush = () => {
      if (segment.length > 1) polylines.push({ id: `day-${day.dayNumber}-${part++}`, points: segment, color });
    };
    for (const item of day.items) {
      if (item.lat === undefined || item.lon === undefined) continue;
      const point: Point = [item.lat, item.lon];
      if (item.type === 'flight') {
        flush();
        const from = segment[segment.length - 1];
        if (from) polylines.push({ id: `day-${day.dayNumber}-${part++}`, points: [from, point], color, dashed: true });
        segment = [point];
      } else segment.push(point);
    }
    flush();

    const { stay } = day;
    if (stay.kind === 'area' && stay.lat !== undefined && stay.lon !== undefined && !stays.has(stay.id)) {
      stays.add(stay.id);
      markers.push({ id: `stay-${stay.id}`, lat: stay.lat, lon: stay.lon, label: '⌂', color: STAY_COLOR, title: titles.stay(stay.name), variant: 'stay' });
    }
  }
  return { markers, polylines };
}

'use client';

import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapMarker, MapPolyline } from './map-types';

/**
 * Room kept around the pins' tips: a pin (up to 40 px when selected) stands above its point, so the
 * top needs more than the sides; the bottom only the route line's width.
 */
const PIN_ROOM = { paddingTopLeft: [28, 52] as [number, number], paddingBottomRight: [28, 16] as [number, number] };

/**
 * Fits the view to the markers and the ground routes between them (a day that starts at the station or
 * a previous night's hotel draws that leg in view), whenever they change (not on every re-render).
 * Dashed lines (flights) are left out: they would zoom a city day out to half of Asia.
 */
export function FitToMarkers({ markers, polylines, fallbackCenter }: { markers: readonly MapMarker[]; polylines: readonly MapPolyline[]; fallbackCenter: { lat: number; lon: number } }) {
  const map = useMap();
  const points = [...markers.map((m) => [m.lat, m.lon] as const), ...polylines.filter((line) => !line.dashed).flatMap((line) => line.points)];
  // Keyed by positions so a new array with the same points does not refit the view.
  const key = points.map(([lat, lon]) => `${lat},${lon}`).join('|');

  useEffect(
    function fitViewToMarkers() {
      if (markers.length === 0) {
        map.setView([fallbackCenter.lat, fallbackCenter.lon], 11);
        return;
      }
      const bounds = latLngBounds(points.map(([lat, lon]) => [lat, lon] as [number, number]));
      map.fitBounds(bounds, { ...PIN_ROOM, maxZoom: 15, animate: false });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `points`
    [key, map, fallbackCenter.lat, fallbackCenter.lon],
  );
  return null;
}

/**
 * Brings the selected marker into view when it is off-screen (selection from the list), moving the
 * map only as far as needed: centring it would push the day's other stops out of view.
 */
export function KeepSelectedInView({ markers, selectedId }: { markers: readonly MapMarker[]; selectedId?: string | null }) {
  const map = useMap();
  const selected = markers.find((m) => m.id === selectedId);
  const lat = selected?.lat;
  const lon = selected?.lon;

  useEffect(
    function panToSelectedMarker() {
      if (lat === undefined || lon === undefined) return;
      map.panInside([lat, lon], PIN_ROOM);
    },
    [map, lat, lon],
  );
  return null;
}

'use client';

import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapMarker } from './map-types';

/**
 * Room kept around the pins' tips: a pin (up to 40 px when selected) stands above its point, so the
 * top needs more than the sides; the bottom only the route line's width.
 */
const PIN_ROOM = { paddingTopLeft: [28, 52] as [number, number], paddingBottomRight: [28, 16] as [number, number] };

/**
 * Fits the view to the markers whenever they change (not on every re-render). Route lines are left
 * out: a day that starts at an airport 40 km away would shrink its stops to one blur.
 */
export function FitToMarkers({ markers, fallbackCenter }: { markers: readonly MapMarker[]; fallbackCenter: { lat: number; lon: number } }) {
  const map = useMap();
  // Keyed by ids and positions so a new array with the same markers does not refit the view.
  const key = markers.map((m) => `${m.id}@${m.lat},${m.lon}`).join('|');

  useEffect(
    function fitViewToMarkers() {
      if (markers.length === 0) {
        map.setView([fallbackCenter.lat, fallbackCenter.lon], 11);
        return;
      }
      const bounds = latLngBounds(markers.map((m) => [m.lat, m.lon] as [number, number]));
      map.fitBounds(bounds, { ...PIN_ROOM, maxZoom: 15, animate: false });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `markers`
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

'use client';

import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapMarker } from './map-types';

/** Fits the view to the markers whenever the set of markers changes (not on every re-render). */
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
      map.fitBounds(bounds, { padding: [36, 36], maxZoom: 15, animate: false });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `markers`
    [key, map, fallbackCenter.lat, fallbackCenter.lon],
  );
  return null;
}

/** Brings the selected marker into view when it is off-screen (selection from the list). */
export function KeepSelectedInView({ markers, selectedId }: { markers: readonly MapMarker[]; selectedId?: string | null }) {
  const map = useMap();
  const selected = markers.find((m) => m.id === selectedId);
  const lat = selected?.lat;
  const lon = selected?.lon;

  useEffect(
    function panToSelectedMarker() {
      if (lat === undefined || lon === undefined) return;
      if (!map.getBounds().pad(-0.1).contains([lat, lon])) map.panTo([lat, lon]);
    },
    [map, lat, lon],
  );
  return null;
}

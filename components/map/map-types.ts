'use client';

/** Plain-data props of the map components, shared by the destination explorer and itineraries. */

export interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  /** Short text drawn inside the pin: a number or one or two characters. */
  label: string;
  /** Any CSS colour; the pin's fill. */
  color: string;
  /** Accessible name and tooltip, e.g. "3. Gyeongbokgung Palace". */
  title: string;
  /** `stay`: a square pin for where the night is spent, not a numbered stop. */
  variant?: 'stop' | 'stay';
}

export interface MapPolyline {
  id: string;
  /** [lat, lon] pairs in drawing order. */
  points: readonly (readonly [number, number])[];
  color: string;
  /** Dashed lines for legs that are not on foot/road (flights, ferries). */
  dashed?: boolean;
}

export interface MapViewProps {
  markers: readonly MapMarker[];
  polylines?: readonly MapPolyline[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** Accessible name of the map region, e.g. "Map of places in Seoul". */
  label: string;
  /** Used when there are no markers to fit. */
  fallbackCenter: { lat: number; lon: number };
  className?: string;
}

'use client';

import { divIcon, type LeafletEventHandlerFnMap } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import type { MapMarker } from './map-types';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A pin drawn in HTML/CSS (divIcon): Leaflet's default marker is a PNG whose URL bundlers break,
 * and a numbered, coloured pin ties each marker to its row in the list beside the map.
 */
function pinIcon(marker: MapMarker, selected: boolean) {
  const size = selected ? 40 : 32;
  return divIcon({
    className: marker.variant === 'stay' ? 'map-pin-host map-pin-host--stay' : 'map-pin-host',
    html: `<span class="map-pin${marker.variant === 'stay' ? ' map-pin--stay' : ''}${selected ? ' map-pin--selected' : ''}" style="--pin-color:${escapeHtml(marker.color)}"><span class="map-pin__label">${escapeHtml(marker.label)}</span></span>`,
    iconSize: [size, size],
    // The pin's tip is its bottom centre.
    iconAnchor: [size / 2, size],
  });
}

function PinMarker({ marker, selected, onSelect }: { marker: MapMarker; selected: boolean; onSelect?: (id: string) => void }) {
  const icon = useMemo(() => pinIcon(marker, selected), [marker, selected]);
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => onSelect?.(marker.id),
      // keyboard: true makes the pin a focusable role="button", but Leaflet only opens popups on
      // Enter; activate it like any button, with Enter or Space.
      keydown: (event) => {
        const key = (event.originalEvent as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.originalEvent.preventDefault();
        onSelect?.(marker.id);
      },
    }),
    [marker.id, onSelect],
  );
  return (
    <Marker
      position={[marker.lat, marker.lon]}
      icon={icon}
      title={marker.title}
      alt={marker.title}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={handlers}
    />
  );
}

export function MapMarkers({ markers, selectedId, onSelect }: { markers: readonly MapMarker[]; selectedId?: string | null; onSelect?: (id: string) => void }) {
  return (
    <>
      {markers.map((marker) => (
        <PinMarker key={marker.id} marker={marker} selected={marker.id === selectedId} onSelect={onSelect} />
      ))}
    </>
  );
}

'use client';

import 'leaflet/dist/leaflet.css';
import { useTranslations } from 'next-intl';
import { MapContainer, Polyline, TileLayer, ZoomControl } from 'react-leaflet';
import { publicEnv } from '@/lib/config/public-env';
import { FitToMarkers, KeepSelectedInView } from './fit-to-markers';
import { MapMarkers } from './map-markers';
import type { MapViewProps } from './map-types';
import { WorldBaseLayer } from './world-base-layer';

/** A 1×1 transparent GIF: failed tiles show the outlines underneath instead of broken images. */
const TRANSPARENT_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * The app's map: configured raster tiles over bundled country outlines, numbered pins, optional
 * route lines. Browser-only (Leaflet needs `window`): import it through LazyMapView.
 */
export function MapView({ markers, polylines = [], selectedId, onSelect, label, fallbackCenter, className }: MapViewProps) {
  const t = useTranslations('Map');
  const { NEXT_PUBLIC_TILE_URL, NEXT_PUBLIC_TILE_ATTRIBUTION } = publicEnv();

  return (
    <div className={['map-view', className].filter(Boolean).join(' ')} role="region" aria-label={label}>
      <MapContainer
        center={[fallbackCenter.lat, fallbackCenter.lon]}
        zoom={11}
        zoomControl={false}
        scrollWheelZoom={false}
        className="map-view__canvas"
        // The container itself is focusable for keyboard panning (arrow keys) and +/- zoom.
        keyboard
      >
        <WorldBaseLayer />
        <TileLayer url={NEXT_PUBLIC_TILE_URL} attribution={NEXT_PUBLIC_TILE_ATTRIBUTION} errorTileUrl={TRANSPARENT_TILE} />
        <ZoomControl position="topright" zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
        {polylines.map((line) => (
          <Polyline
            key={line.id}
            positions={line.points.map(([lat, lon]) => [lat, lon] as [number, number])}
            pathOptions={{ color: line.color, weight: 4, opacity: 0.85, dashArray: line.dashed ? '6 8' : undefined }}
          />
        ))}
        <MapMarkers markers={markers} selectedId={selectedId} onSelect={onSelect} />
        <FitToMarkers markers={markers} fallbackCenter={fallbackCenter} />
        <KeepSelectedInView markers={markers} selectedId={selectedId} />
      </MapContainer>
      <p className="visually-hidden">{t('keyboardHint')}</p>
    </div>
  );
}

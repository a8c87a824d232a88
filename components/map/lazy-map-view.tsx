'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { MapViewProps } from './map-types';

function MapSkeleton() {
  const t = useTranslations('Map');
  return (
    <div className="map-view map-view--skeleton" aria-busy="true">
      <span className="map-view__skeleton-text">{t('loading')}</span>
    </div>
  );
}

// Leaflet touches `window` on import, so the map is never rendered on the server.
const MapView = dynamic(() => import('./map-view').then((module) => module.MapView), {
  ssr: false,
  loading: MapSkeleton,
});

/** The map, loaded in the browser only, with a same-sized skeleton until Leaflet is ready. */
export function LazyMapView(props: MapViewProps) {
  return <MapView {...props} />;
}

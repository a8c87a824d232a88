'use client';

import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Country shapes and coastlines from world-atlas (Natural Earth 1:50m), bundled with the app and
 * drawn in a pane below the tile pane (z-index 200). With tiles they are hidden; without tile
 * access (offline, CI, a blocked tile server) the map still shows land, sea and borders.
 */
const BASE_PANE = 'bridgeway-base';

const LAND_STYLE = { color: '#7c9a96', weight: 1, fillColor: '#fbf8f1', fillOpacity: 1 } as const;

export function WorldBaseLayer() {
  const [countries, setCountries] = useState<FeatureCollection | null>(null);

  useEffect(() => {
    let cancelled = false;
    // A separate chunk (~750 kB raw): fetched only once a map is on screen.
    void import('world-atlas/countries-50m.json').then((module) => {
      if (cancelled) return;
      const topology = module.default as unknown as Topology<{ countries: GeometryCollection }>;
      setCountries(feature(topology, topology.objects.countries) as FeatureCollection);
    });
    return function cancelBaseLayerLoad() {
      cancelled = true;
    };
  }, []);

  return (
    <Pane name={BASE_PANE} style={{ zIndex: 150 }}>
      {countries ? <GeoJSON data={countries} style={LAND_STYLE} interactive={false} /> : null}
    </Pane>
  );
}

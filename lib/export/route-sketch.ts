/**
 * The small route map on each day page of the PDF: projects the day's points into a box
 * (equirectangular, scaled by the cosine of the middle latitude, aspect kept), and clips the
 * Natural Earth land outline to the same view. No tiles, no network.
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { landTopology } from './assets';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Projection {
  /** Page coordinates of a point. */
  project(lon: number, lat: number): [number, number];
  /** The geographic view: west, south, east, north. */
  view: [number, number, number, number];
}

/** Smallest view span in degrees, so a single point or a compact day still shows its area. */
const MIN_SPAN_DEG = 0.02;

/** A projection fitting `points` ([lon, lat]) into `box` with `padding` points of margin. */
export function fitProjection(points: readonly (readonly [number, number])[], box: Box, padding = 12): Projection {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (!Number.isFinite(west)) [west, east, south, north] = [0, 0, 0, 0];
  const midLat = (south + north) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const innerW = Math.max(1, box.width - 2 * padding);
  const innerH = Math.max(1, box.height - 2 * padding);
  const spanX = Math.max((east - west) * kx, MIN_SPAN_DEG);
  const spanY = Math.max(north - south, MIN_SPAN_DEG);
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const cx = ((west + east) / 2) * kx;
  const cy = (south + north) / 2;
  const boxCx = box.x + box.width / 2;
  const boxCy = box.y + box.height / 2;
  const halfW = box.width / 2 / scale / kx;
  const halfH = box.height / 2 / scale;
  return {
    project: (lon, lat) => [boxCx + (lon * kx - cx) * scale, boxCy - (lat - cy) * scale],
    view: [(west + east) / 2 - halfW, cy - halfH, (west + east) / 2 + halfW, cy + halfH],
  };
}

interface Ring {
  bbox: [number, number, number, number];
  coordinates: [number, number][];
}

let rings: Ring[] | undefined;

/** Land rings ([lon, lat] lists) whose bounding box meets `view`. */
export function landRingsIn(view: Projection['view']): [number, number][][] {
  rings ??= loadRings();
  const [west, south, east, north] = view;
  return rings.filter(({ bbox }) => bbox[0] <= east && bbox[2] >= west && bbox[1] <= north && bbox[3] >= south).map((ring) => ring.coordinates);
}

function loadRings(): Ring[] {
  const topology = landTopology() as Topology;
  const object = topology.objects.land;
  if (!object) return [];
  const land = feature(topology, object) as unknown as GeoJSON.FeatureCollection | GeoJSON.Feature;
  const features = 'features' in land ? land.features : [land];
  const out: Ring[] = [];
  for (const f of features) {
    const geometry = f.geometry;
    const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const coordinates = ring.map(([lon = 0, lat = 0]) => [lon, lat] as [number, number]);
        const bbox: Ring['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [lon, lat] of coordinates) {
          bbox[0] = Math.min(bbox[0], lon);
          bbox[1] = Math.min(bbox[1], lat);
          bbox[2] = Math.max(bbox[2], lon);
          bbox[3] = Math.max(bbox[3], lat);
        }
        out.push({ bbox, coordinates });
      }
    }
  }
  return out;
}

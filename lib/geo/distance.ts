/** Great-circle geometry on the WGS84 mean sphere; accurate to ~0.5 % at city scale, plenty for planning. */

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** A point in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Haversine distance in kilometres between two points. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Streets are not straight lines: the ratio of road distance to crow-flies distance in cities is
 * typically 1.2–1.4 (Boscoe et al. 2012 measured ~1.4 for short urban trips); we use 1.3.
 */
export const DETOUR_FACTOR = 1.3;

/** Estimated distance along streets between two points, in km. */
export function roadKm(a: LatLon, b: LatLon): number {
  return haversineKm(a, b) * DETOUR_FACTOR;
}

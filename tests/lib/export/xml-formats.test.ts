import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { DEFAULT_BRANDING } from '@/lib/export/branding';
import { renderGpx } from '@/lib/export/gpx';
import { renderKml } from '@/lib/export/kml';
import { renderJson } from '@/lib/export/json';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { ITINERARY_SCHEMA_VERSION } from '@/lib/planner/itinerary';
import { itinerarySchema } from '@/lib/planner/itinerary-schema';
import { crafted, planned } from './fixtures';

const context = { branding: { ...DEFAULT_BRANDING, name: 'A & B <Tours>', accentColor: '#112233' }, catalog: getCatalog() };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['wpt', 'rte', 'rtept', 'Placemark', 'Folder'].includes(name) });

/** Unique visited places plus unique located stays: what both formats must list as points. */
function expectedWaypoints(itinerary: LocalizedItinerary) {
  const places = new Set<string>();
  const stays = new Set<string>();
  for (const day of itinerary.days) {
    for (const item of day.items) if (item.type === 'visit' && item.placeId) places.add(item.placeId);
    if (day.stay.lat !== undefined) stays.add(day.stay.id);
  }
  return { places: places.size, stays: stays.size };
}

describe('renderGpx', () => {
  it('is valid XML with a waypoint per place and stay and a route per day with coordinates', () => {
    const itinerary = crafted();
    const text = renderGpx(itinerary, context);
    expect(XMLValidator.validate(text)).toBe(true);
    const gpx = parser.parse(text).gpx;
    const { places, stays } = expectedWaypoints(itinerary);
    expect(gpx.wpt).toHaveLength(places + stays);
    const visit = itinerary.days.flatMap((d) => d.items).find((i) => i.type === 'visit' && i.placeId === itinerary.days.flatMap((d) => d.items).find((x) => x.type === 'visit')?.placeId);
    const first = gpx.wpt[0];
    expect(Number(first['@lat'])).toBeCloseTo(visit?.lat ?? NaN, 5);
    expect(Number(first['@lon'])).toBeCloseTo(visit?.lon ?? NaN, 5);
    expect(gpx.wpt.map((w: { name: string }) => w.name)).toContain('=HYPERLINK("http://evil.example","click"), <b>&\'test\'</b>; back\\slash');
    expect(gpx.rte.length).toBeGreaterThanOrEqual(itinerary.days.filter((d) => d.destination).length);
    for (const route of gpx.rte) {
      expect(route.name).toMatch(/^\d+일차/);
      for (const point of route.rtept) {
        expect(Number(point['@lat'])).toBeGreaterThan(10);
        expect(Number(point['@lon'])).toBeGreaterThan(100);
      }
    }
  });
});

describe('renderKml', () => {
  it('is valid XML with place and stay placemarks and a LineString per day', () => {
    const itinerary = planned({ locale: 'km' });
    const text = renderKml(itinerary, context);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = parser.parse(text).kml.Document;
    const [placesFolder, staysFolder, routesFolder] = doc.Folder;
    const { places, stays } = expectedWaypoints(itinerary);
    expect(placesFolder.Placemark).toHaveLength(places);
    expect(staysFolder.Placemark).toHaveLength(stays);
    for (const mark of [...placesFolder.Placemark, ...staysFolder.Placemark]) {
      const [lon, lat] = String(mark.Point.coordinates).split(',').map(Number);
      expect(lat).toBeGreaterThan(10);
      expect(lon).toBeGreaterThan(100);
    }
    for (const route of routesFolder.Placemark) {
      expect(route.name).toMatch(/^ថ្ងៃទី \d+/);
      expect(String(route.LineString.coordinates).split(' ').length).toBeGreaterThanOrEqual(2);
    }
    expect(doc.Style.find((s: { '@id': string }) => s['@id'] === 'route').LineStyle.color).toBe('ff332211');
    expect(doc.description).toContain('A & B <Tours>');
  });
});

describe('renderJson', () => {
  it('is the itinerary with its schemaVersion, and parses with the itinerary schema', () => {
    const itinerary = planned();
    const parsed = JSON.parse(renderJson(itinerary));
    expect(Object.keys(parsed)[0]).toBe('schemaVersion');
    expect(parsed.schemaVersion).toBe(ITINERARY_SCHEMA_VERSION);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(itinerary)));
    expect(itinerarySchema.safeParse(parsed).success).toBe(true);
  });
});

/**
 * KML 2.2 export (Google Earth, My Maps): folders of place and stay placemarks, and a LineString
 * placemark per day, drawn in the agency's accent colour.
 */
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { accentOf } from './branding';
import type { ExportContext } from './context';
import { label } from './labels';
import { dayPath, tripWaypoints, type Waypoint } from './trip-points';
import { coord, xmlEscape } from './xml';

/** The KML document. */
export function renderKml(itinerary: LocalizedItinerary, context: ExportContext): string {
  const { locale } = itinerary;
  const waypoints = tripWaypoints(itinerary, context.catalog);
  const placemark = (w: Waypoint) =>
    [
      `      <Placemark>`,
      `        <name>${xmlEscape(w.name)}</name>`,
      ...(w.description ? [`        <description>${xmlEscape(w.description)}</description>`] : []),
      `        <styleUrl>#${w.kind}</styleUrl>`,
      `        <Point><coordinates>${coord(w.lon)},${coord(w.lat)}</coordinates></Point>`,
      `      </Placemark>`,
    ].join('\n');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '  <Document>',
    `    <name>${xmlEscape(itinerary.summary.title)}</name>`,
    `    <description>${xmlEscape(label(locale, 'preparedBy', { name: context.branding.name }))}</description>`,
    `    <Style id="route"><LineStyle><color>${kmlColour(accentOf(context.branding))}</color><width>3</width></LineStyle></Style>`,
    '    <Style id="place"><IconStyle><scale>1</scale></IconStyle></Style>',
    '    <Style id="stay"><IconStyle><scale>0.8</scale></IconStyle></Style>',
    `    <Folder><name>${xmlEscape(label(locale, 'places_waypoints'))}</name>`,
    ...waypoints.filter((w) => w.kind === 'place').map(placemark),
    '    </Folder>',
    `    <Folder><name>${xmlEscape(label(locale, 'stays_waypoints'))}</name>`,
    ...waypoints.filter((w) => w.kind === 'stay').map(placemark),
    '    </Folder>',
    `    <Folder><name>${xmlEscape(label(locale, 'routes'))}</name>`,
  ];
  for (const day of itinerary.days) {
    const path = dayPath(itinerary, day, context.catalog);
    if (path.length < 2) continue;
    out.push(
      '      <Placemark>',
      `        <name>${xmlEscape(`${label(locale, 'day', { n: day.dayNumber })} · ${day.date}`)}</name>`,
      '        <styleUrl>#route</styleUrl>',
      `        <LineString><tessellate>1</tessellate><coordinates>${path.map((p) => `${coord(p.lon)},${coord(p.lat)}`).join(' ')}</coordinates></LineString>`,
      '      </Placemark>',
    );
  }
  out.push('    </Folder>', '  </Document>', '</kml>');
  return out.join('\n') + '\n';
}

/** `#rrggbb` as KML's `aabbggrr`, opaque. */
function kmlColour(hex: string): string {
  return `ff${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`;
}

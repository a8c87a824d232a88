/**
 * GPX 1.1 export: a waypoint per visited place and per stay, then a route per day through the
 * day's located items, named in the plan's language.
 */
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { ExportContext } from './context';
import { label } from './labels';
import { dayPath, tripWaypoints } from './trip-points';
import { coord, xmlEscape } from './xml';

/** The GPX document. */
export function renderGpx(itinerary: LocalizedItinerary, context: ExportContext): string {
  const { locale } = itinerary;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Bridgeway" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${xmlEscape(itinerary.summary.title)}</name><author><name>${xmlEscape(context.branding.name)}</name></author><time>${(context.now ?? new Date()).toISOString()}</time></metadata>`,
  ];
  for (const waypoint of tripWaypoints(itinerary, context.catalog)) {
    out.push(
      `  <wpt lat="${coord(waypoint.lat)}" lon="${coord(waypoint.lon)}">`,
      `    <name>${xmlEscape(waypoint.name)}</name>`,
      ...(waypoint.description ? [`    <desc>${xmlEscape(waypoint.description)}</desc>`] : []),
      `    <type>${waypoint.kind === 'stay' ? 'stay' : xmlEscape(waypoint.category ?? 'place')}</type>`,
      '  </wpt>',
    );
  }
  for (const day of itinerary.days) {
    const path = dayPath(itinerary, day, context.catalog);
    if (path.length < 2) continue;
    out.push('  <rte>', `    <name>${xmlEscape(`${label(locale, 'day', { n: day.dayNumber })} · ${day.date}`)}</name>`, `    <number>${day.dayNumber}</number>`);
    for (const point of path) out.push(`    <rtept lat="${coord(point.lat)}" lon="${coord(point.lon)}"><name>${xmlEscape(point.name)}</name></rtept>`);
    out.push('  </rte>');
  }
  out.push('</gpx>');
  return out.join('\n') + '\n';
}

/**
 * The export formats: content type, file extension and renderer of each. Route handlers look the
 * format up here; adding a format means adding an entry and its module.
 */
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { ExportContext } from './context';
import { renderCsv } from './csv';
import { renderGpx } from './gpx';
import { renderIcs } from './ics';
import { renderJson } from './json';
import { renderKml } from './kml';
import { renderPdf } from './pdf';

export interface ExportFormat {
  contentType: string;
  extension: string;
  render(itinerary: LocalizedItinerary, context: ExportContext): string | Buffer | Promise<Buffer>;
}

export const EXPORT_FORMATS = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', render: renderPdf },
  ics: { contentType: 'text/calendar; charset=utf-8', extension: 'ics', render: renderIcs },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', render: renderCsv },
  gpx: { contentType: 'application/gpx+xml', extension: 'gpx', render: renderGpx },
  kml: { contentType: 'application/vnd.google-earth.kml+xml', extension: 'kml', render: renderKml },
  json: { contentType: 'application/json', extension: 'json', render: (itinerary) => renderJson(itinerary) },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

/** The format names, in menu order. */
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** The format called `name`, or undefined. */
export function findExportFormat(name: string): ExportFormat | undefined {
  return Object.hasOwn(EXPORT_FORMATS, name) ? EXPORT_FORMATS[name as ExportFormatName] : undefined;
}

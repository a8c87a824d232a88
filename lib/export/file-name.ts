/** Download file names for exports: `2026-12-20-seoul-jeju.ics`. */
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';

/** The start date and destination slugs, joined by dashes, with `extension` (no dot). */
export function exportFileName(itinerary: LocalizedItinerary, extension: string): string {
  const slugs = itinerary.summary.destinations.map((slug) => slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-')).filter(Boolean);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(itinerary.summary.startDate) ? itinerary.summary.startDate : 'trip';
  return `${[date, ...(slugs.length > 0 ? slugs : ['trip'])].join('-')}.${extension}`;
}

/** A Content-Disposition value for an attachment, with an RFC 5987 copy for non-ASCII names. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

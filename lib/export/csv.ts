/**
 * Spreadsheet export: UTF-8 CSV with a byte-order mark (so Excel reads Hangul and Khmer), one row
 * per item, RFC 4180 quoting and CRLF rows. Text cells that a spreadsheet would run as a formula
 * (= + - @ first or after leading whitespace and line breaks, or a leading tab or CR) are
 * neutralised with a leading apostrophe; control characters are dropped.
 */
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { ExportContext } from './context';
import { stripControlChars } from './control-chars';
import { localParts } from './local-time';
import { placeOf } from './trip-points';

export const CSV_COLUMNS = ['day', 'date', 'local start', 'local end', 'type', 'place', 'category', 'address', 'lat', 'lon', 'mode', 'cost', 'currency', 'notes'] as const;

const BOM = '\ufeff';

/** The CSV text, starting with a BOM. */
export function renderCsv(itinerary: LocalizedItinerary, context: ExportContext): string {
  const rows: string[] = [CSV_COLUMNS.map(cell).join(',')];
  for (const day of itinerary.days) {
    for (const item of day.items) {
      const place = placeOf(item, context.catalog);
      const start = localParts(item.start);
      const end = localParts(item.end);
      rows.push(
        [
          day.dayNumber,
          day.date,
          `${start.date} ${start.clock}`,
          `${end.date} ${end.clock}`,
          item.type,
          item.name,
          place?.category ?? '',
          place?.address ?? '',
          item.lat ?? '',
          item.lon ?? '',
          item.mode ?? '',
          item.cost?.amount ?? '',
          item.cost?.currency ?? '',
          item.note ?? '',
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return BOM + rows.join('\r\n') + '\r\n';
}

// A spreadsheet runs a cell as a formula when it starts with = + - @ (or tab or CR, which some
// skip), and it ignores leading whitespace and line breaks when deciding: "\n=cmd" runs too.
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** One cell: numbers as they are; text without controls, neutralised against formula injection, then quoted if needed. */
export function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = stripControlChars(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

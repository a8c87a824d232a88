/**
 * iCalendar (RFC 5545) export: one event per item except free time, in the zone its local time
 * belongs to (TZID Asia/Seoul or Asia/Phnom_Penh, with VTIMEZONEs: both zones are fixed-offset).
 * UIDs are stable across revisions of a plan, so calendars update events instead of duplicating:
 * a visit is keyed by its place (a place is visited once per trip), other items by day, type and
 * their rank among that day's items of the type.
 */
import { createHash } from 'node:crypto';
import type { LocalizedItem, LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { ExportContext } from './context';
import { stripControlChars } from './control-chars';
import { label, modeName, typeLabel } from './labels';
import { localParts, ZONES } from './local-time';
import { placeOf } from './trip-points';

const CRLF = '\r\n';
const EXPORTED_TYPES: ReadonlySet<LocalizedItem['type']> = new Set(['flight', 'transfer', 'visit', 'meal', 'travel']);

/** The calendar as text with CRLF line endings and folded lines. */
export function renderIcs(itinerary: LocalizedItinerary, context: ExportContext): string {
  const { locale } = itinerary;
  const base = context.planId ? `plan-${context.planId}` : `trip-${requestHash(itinerary)}`;
  const stamp = utcStamp(context.now ?? new Date());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bridgeway//Trip export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(itinerary.summary.title)}`,
  ];
  const usedZones = new Set<string>();
  const events: string[] = [];
  for (const day of itinerary.days) {
    const rank = new Map<string, number>();
    for (const item of day.items) {
      if (!EXPORTED_TYPES.has(item.type)) continue;
      const n = (rank.get(item.type) ?? 0) + 1;
      rank.set(item.type, n);
      const key = item.type === 'visit' && item.placeId ? item.placeId : `${day.dayNumber}-${item.type}-${n}`;
      const start = localParts(item.start);
      const end = localParts(item.end);
      const place = placeOf(item, context.catalog);
      const description = [
        `${label(locale, 'day', { n: day.dayNumber })} · ${typeLabel(locale, item.type)}`,
        place?.description[locale],
        item.mode && [modeName(locale, item.mode), item.distanceKm === undefined ? undefined : `${item.distanceKm} km`].filter(Boolean).join(' · '),
        item.cost ? `${formatAmount(item.cost.amount)} ${item.cost.currency}` : undefined,
        item.note,
      ].filter((part): part is string => Boolean(part));
      const location = place?.address ?? (item.fromHub && item.toHub ? `${item.fromHub} → ${item.toHub}` : undefined);
      events.push(
        'BEGIN:VEVENT',
        `UID:${base}-${key}@bridgeway`,
        `DTSTAMP:${stamp}`,
        ...(context.revision !== undefined ? [`SEQUENCE:${context.revision}`] : []),
        dateTime('DTSTART', start, usedZones),
        dateTime('DTEND', end, usedZones),
        `SUMMARY:${escapeText(item.name)}`,
        ...(location ? [`LOCATION:${escapeText(location)}`] : []),
        ...(item.lat !== undefined && item.lon !== undefined ? [`GEO:${item.lat.toFixed(6)};${item.lon.toFixed(6)}`] : []),
        `DESCRIPTION:${escapeText(description.join('\n'))}`,
        `CATEGORIES:${item.type.toUpperCase()}`,
        'TRANSP:OPAQUE',
        'END:VEVENT',
      );
    }
  }
  for (const zone of ZONES) {
    if (!usedZones.has(zone.id)) continue;
    const offset = zone.offset.replace(':', '');
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${zone.id}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${zone.abbreviation}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
  }
  lines.push(...events, 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT escaping (RFC 5545 §3.3.11): controls other than tab dropped (TEXT forbids them), then backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return stripControlChars(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // continuation lines begin with one space
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function dateTime(name: string, parts: ReturnType<typeof localParts>, usedZones: Set<string>): string {
  if (parts.zone) {
    usedZones.add(parts.zone);
    return `${name};TZID=${parts.zone}:${parts.compact}`;
  }
  // An offset that is not one of our zones: write the instant in UTC.
  const utc = new Date(Date.parse(`${parts.date}T${parts.clock}:${parts.compact.slice(13, 15)}${parts.offset}`));
  return `${name}:${utcStamp(utc)}`;
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function requestHash(itinerary: LocalizedItinerary): string {
  return createHash('sha256').update(JSON.stringify(itinerary.request)).digest('hex').slice(0, 16);
}

function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

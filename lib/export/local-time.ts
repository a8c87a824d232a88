/**
 * Reading the planner's local ISO times (`2026-12-21T09:30:00+09:00`) for exports: the wall-clock
 * parts, and the IANA zone the offset belongs to (both our zones have fixed offsets, no DST).
 */
import type { TimeZone } from '@/lib/data/schema';

/** Our zones with their fixed UTC offsets and abbreviations. */
export const ZONES: readonly { id: TimeZone; offset: string; abbreviation: string }[] = [
  { id: 'Asia/Seoul', offset: '+09:00', abbreviation: 'KST' },
  { id: 'Asia/Phnom_Penh', offset: '+07:00', abbreviation: 'ICT' },
];

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface LocalParts {
  date: string;
  /** `HH:MM` */
  clock: string;
  /** `+09:00`, or `Z` */
  offset: string;
  /** The zone of that offset, or undefined when it is not one of ours. */
  zone: TimeZone | undefined;
  /** `YYYYMMDDTHHMMSS` (local, for iCalendar). */
  compact: string;
}

/** Splits a local ISO date-time; throws on anything else (exports only take validated itineraries). */
export function localParts(iso: string): LocalParts {
  const match = LOCAL_ISO.exec(iso);
  if (!match) throw new Error(`Not a local ISO date-time with offset: "${iso}".`);
  const [, y, mo, d, h, mi, s = '00', offset = 'Z'] = match;
  return {
    date: `${y}-${mo}-${d}`,
    clock: `${h}:${mi}`,
    offset,
    zone: ZONES.find((zone) => zone.offset === offset)?.id,
    compact: `${y}${mo}${d}T${h}${mi}${s}`,
  };
}

/**
 * Local calendar dates and wall-clock times in a named IANA time zone. The planner works in
 * "minutes after local midnight" of a date; these helpers turn that into ISO 8601 strings carrying
 * the zone's UTC offset (2026-12-21T09:30:00+09:00), and back.
 */

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

const MINUTES_PER_DAY = 24 * 60;

/** The date `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at the given instant (e.g. 540 for Asia/Seoul). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The UTC instant of `minutes` after local midnight of `date` in `timeZone` (minutes may pass 1440). */
export function localToInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`) + Math.round(minutes) * 60_000;
  // Two passes settle the offset even on a day whose offset changes (not the case in KR/KH today).
  let offset = utcOffsetMinutes(timeZone, new Date(naive));
  offset = utcOffsetMinutes(timeZone, new Date(naive - offset * 60_000));
  return new Date(naive - offset * 60_000);
}

/** ISO 8601 local date-time with offset for `minutes` after local midnight of `date`. */
export function localIso(date: IsoDate, minutes: number, timeZone: string): string {
  const instant = localToInstant(date, minutes, timeZone);
  return instantToLocalIso(instant, timeZone);
}

/** ISO 8601 local date-time with offset for an instant, as seen in `timeZone`. */
export function instantToLocalIso(instant: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(timeZone, instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

/** Parses "HH:MM" into minutes after midnight. */
export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** Formats minutes after midnight as "HH:MM" (wrapping past midnight). */
export function minutesToClock(minutes: number): string {
  const m = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

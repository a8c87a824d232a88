/**
 * Evaluates OpenStreetMap opening_hours strings (the `opening_hours` package) into time windows
 * for the planner.
 *
 * Public holidays (PH): the issue makes `date-holidays` the holiday source, and opening_hours has
 * no holiday data for KR or KH at all (a string containing `PH` throws "no holidays defined for
 * country kr"). So we never let opening_hours resolve PH itself. Instead, for the day being
 * evaluated we rewrite each `PH` token into a weekday selector that matches exactly the same days
 * in the window that matters: the day itself and the day before (whose overnight hours can spill
 * past midnight). If the day is a holiday per holidays.ts, `PH` becomes that weekday; if the day
 * before is, it also becomes that weekday; if neither is, `PH` becomes a weekday three days ahead,
 * which cannot touch the evaluated day. Rule precedence is untouched, so "Mo-Su 09:00-18:00; PH off"
 * and "Tu-Su,PH 09:00-18:00" mean what OSM says they mean. Not supported (rejected as data errors):
 * holiday offsets such as "PH +1 day", "PH Mo-Fr" intersections and school holidays (SH).
 *
 * Holiday selectors (our extension, rewritten the same way before the parser sees the string):
 * - `PH[seollal:2,chuseok:2]`: only those holidays, by the ids in holidays.ts, optionally one day
 *   of a multi-day holiday (`seollal:2` is Lunar New Year's day itself, the middle of the three).
 *   `PH[khmer-new-year]` is every day of Khmer New Year.
 * - `PH[first-non-holiday-after:Tu]`: the first day that is not a public holiday after a public
 *   holiday falling on a Tuesday; the Korean palaces' "closed on Tuesdays; when Tuesday is a
 *   holiday, open, and closed on the next non-holiday day instead" is
 *   `We-Mo 09:00-18:00; Tu off; PH 09:00-18:00; PH[first-non-holiday-after:Tu] off`.
 * Rules with a selector are ordinary rules: later rules override earlier ones as in OSM.
 *
 * Closures: `withClosures` appends a dated `off` rule per closure (catalog loading does this for
 * every place), so a place is closed on its closure days wherever its hours are evaluated.
 *
 * Time zones: opening_hours evaluates Date objects in the process's time zone. We evaluate the
 * destination's wall-clock day as a process-local day, which is exact for fixed hours (Seoul and
 * Phnom Penh have no DST). For sunrise/sunset times we shift the longitude by the offset between
 * the destination's zone and the process zone, so solar events land on the right wall-clock time.
 *
 * Each distinct (rewritten) string is parsed once and cached.
 */
import OpeningHours from 'opening_hours';
import { DataError } from '@/lib/errors';
import { holidaysOn, isPublicHoliday } from '@/lib/data/holidays';
import { addDays } from '@/lib/time/local-time';
import type { Closure, CountryCode, TimeZone } from '@/lib/data/schema';

/** A half-open window [start, end) in minutes after local midnight (0–1440). */
export type MinuteInterval = readonly [start: number, end: number];

/** Where the place is: used for sunrise/sunset; defaults to the capital of `country`. */
export interface Coordinates {
  lat: number;
  lon: number;
}

const UTC_OFFSET_HOURS: Record<TimeZone, number> = { 'Asia/Seoul': 9, 'Asia/Phnom_Penh': 7 };
const DEFAULT_COORDINATES: Record<CountryCode, Coordinates> = {
  KR: { lat: 37.5665, lon: 126.978 },
  KH: { lat: 11.5564, lon: 104.9282 },
};
const WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const parsed = new Map<string, OpeningHours>();

function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** `PH` or `PH[selector]` outside quoted comments. */
const HOLIDAY_TOKEN = /\bPH(?:\[([^\]]*)\])?/g;
const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;
const MOVED_CLOSING = /^first-non-holiday-after:(Mo|Tu|We|Th|Fr|Sa|Su)$/;
const HOLIDAY_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::([1-9]))?$/;

/** Replaces each `PH` / `PH[selector]` outside quoted comments with `replacement(selector)`. */
function replaceHolidayTokens(value: string, replacement: (selector: string | undefined) => string): string {
  return value
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') ? part : part.replace(HOLIDAY_TOKEN, (_m, selector: string | undefined) => replacement(selector))))
    .join('');
}

/** Problems with the selectors of `PH[...]` tokens (unknown forms). */
function selectorProblems(value: string): string[] {
  const problems: string[] = [];
  replaceHolidayTokens(value, (selector) => {
    if (selector === undefined) return 'PH';
    const parts = selector.split(',').map((p) => p.trim());
    if (parts.length === 1 && MOVED_CLOSING.test(parts[0] ?? '')) return 'PH';
    for (const part of parts) {
      if (!HOLIDAY_ID.test(part) || MOVED_CLOSING.test(part)) {
        problems.push(`Opening hours "${value}": "PH[${selector}]" is not a holiday selector; write holiday ids such as PH[seollal:2,chuseok:2] or PH[first-non-holiday-after:Tu]`);
        break;
      }
    }
    return 'PH';
  });
  return problems;
}

/** Whether the holiday selector (undefined = any public holiday) matches `isoDate`. */
function selectorMatches(country: CountryCode, selector: string | undefined, isoDate: string): boolean {
  if (selector === undefined) return isPublicHoliday(country, isoDate);
  const moved = MOVED_CLOSING.exec(selector.trim());
  if (moved) {
    if (isPublicHoliday(country, isoDate)) return false;
    const weekday = WEEKDAY_NAMES.indexOf(moved[1] ?? '');
    // Walk back over the run of holidays just before this day: one of them on `weekday` moves the
    // closing day here. Ten days bound the walk (no holiday run is longer).
    for (let back = 1, day = addDays(isoDate, -1); back <= 10 && isPublicHoliday(country, day); back += 1, day = addDays(day, -1)) {
      if (weekdayOf(day) === weekday) return true;
    }
    return false;
  }
  const wanted = selector.split(',').map((part) => HOLIDAY_ID.exec(part.trim()));
  return holidaysOn(country, isoDate).some((h) => wanted.some((w) => w !== null && w[1] === h.id && (w[2] === undefined || Number(w[2]) === h.day)));
}

function unquoted(value: string): string {
  return value.replace(/"[^"]*"/g, '""');
}

function rejectUnsupported(value: string): void {
  const code = unquoted(value);
  const selector = selectorProblems(value)[0];
  if (selector !== undefined) throw new DataError(selector);
  if (/\bSH\b/.test(code)) {
    throw new DataError(`Opening hours "${value}": school holidays (SH) are not supported for Korea or Cambodia; write the dates instead.`);
  }
  if (/\bPH(?:\[[^\]]*\])?\s*[+-]|\bday (?:before|after) PH\b|\bPH(?:\[[^\]]*\])?\s+(?:Mo|Tu|We|Th|Fr|Sa|Su)\b/.test(code)) {
    throw new DataError(`Opening hours "${value}": holiday offsets and "PH <weekday>" intersections are not supported; use plain "PH" rules.`);
  }
}

function compile(value: string, country: CountryCode, coordinates: Coordinates, lonShift: number): OpeningHours {
  const lon = ((((coordinates.lon + lonShift + 180) % 360) + 360) % 360) - 180;
  const key = `${value}\u0000${country}\u0000${coordinates.lat.toFixed(3)},${lon.toFixed(3)}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  let oh: OpeningHours;
  try {
    oh = new OpeningHours(value, { lat: coordinates.lat, lon, address: { country_code: country.toLowerCase(), state: '' } });
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new DataError(`Opening hours "${value}" cannot be parsed: ${reason}`);
  }
  parsed.set(key, oh);
  return oh;
}

/** The weekday selector that stands in for `PH` / `PH[selector]` when evaluating `isoDate`. */
function holidaySubstitute(country: CountryCode, isoDate: string, selector: string | undefined): string {
  const today = weekdayOf(isoDate);
  const days: number[] = [];
  if (selectorMatches(country, selector, addDays(isoDate, -1))) days.push((today + 6) % 7);
  if (selectorMatches(country, selector, isoDate)) days.push(today);
  if (days.length === 0) days.push((today + 3) % 7);
  return days.map((d) => WEEKDAYS[d] ?? 'Mo').join(',');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** Last day of an open-ended closure ("until further notice"). */
const FURTHER_NOTICE = '2099-12-31';

function osmDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}".`);
  return `${match[1]} ${MONTHS[Number(match[2]) - 1] ?? 'Jan'} ${match[3]}`;
}

/**
 * The opening hours with one `off` rule per closure appended ("2023 Dec 29-2099 Dec 31 off" for a
 * closure without an end), so closure days are closed whatever the regular rules say. Both
 * statuses close the place: an announced reopening is not a confirmed one.
 */
export function withClosures(openingHours: string, closures: readonly Pick<Closure, 'from' | 'to'>[] | undefined): string {
  if (!closures || closures.length === 0) return openingHours;
  const rules = closures.map((c) => `${osmDate(c.from)}-${osmDate(c.to ?? FURTHER_NOTICE)} off`);
  return [openingHours, ...rules].join('; ');
}

/** The closure covering `isoDate`, if any (`to` inclusive; no `to` means until further notice). */
export function closureOn<C extends Pick<Closure, 'from' | 'to'>>(closures: readonly C[] | undefined, isoDate: string): C | undefined {
  return closures?.find((c) => c.from <= isoDate && isoDate <= (c.to ?? FURTHER_NOTICE));
}

function merge(intervals: [number, number][]): MinuteInterval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Open windows of a place on one local day: [startMinute, endMinute) after local midnight, merged
 * and sorted. `unknown` periods (open end, "by appointment") count as closed. Throws DataError for
 * a string that cannot be parsed.
 */
export function openIntervals(
  openingHours: string,
  country: CountryCode,
  localDate: string,
  timeZone: TimeZone,
  coordinates: Coordinates = DEFAULT_COORDINATES[country],
): MinuteInterval[] {
  const match = ISO_DATE.exec(localDate);
  if (!match) throw new RangeError(`Expected a local date as YYYY-MM-DD, got "${localDate}".`);
  rejectUnsupported(openingHours);
  const variant = replaceHolidayTokens(openingHours, (selector) => holidaySubstitute(country, localDate, selector));

  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 0, 0, 0, 0);
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1, 0, 0, 0, 0);
  const processOffsetHours = -start.getTimezoneOffset() / 60;
  const lonShift = -15 * (UTC_OFFSET_HOURS[timeZone] - processOffsetHours);
  const oh = compile(variant, country, coordinates, lonShift);

  const minuteOf = (date: Date): number => (date.getTime() >= end.getTime() ? 1440 : date.getHours() * 60 + date.getMinutes());
  const windows: [number, number][] = [];
  for (const [from, to, unknown] of oh.getOpenIntervals(start, end)) {
    if (unknown) continue;
    windows.push([minuteOf(from), minuteOf(to)]);
  }
  return merge(windows);
}

/** Total open minutes on one local day (sum of openIntervals). */
export function openMinutes(openingHours: string, country: CountryCode, localDate: string, timeZone: TimeZone, coordinates?: Coordinates): number {
  return openIntervals(openingHours, country, localDate, timeZone, coordinates).reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** Whether the place is open at `minute` (0–1439) of the local day. */
export function isOpenAt(openingHours: string, country: CountryCode, localDate: string, timeZone: TimeZone, minute: number, coordinates?: Coordinates): boolean {
  return openIntervals(openingHours, country, localDate, timeZone, coordinates).some(([s, e]) => minute >= s && minute < e);
}

/**
 * opening_hours warnings that mean the parser guessed (auto-corrected) the author's intent, e.g.
 * "daily 9 to 6" silently becoming "Mo-Su 09:00-06:00". Stylistic warnings (no PH rule, rule order)
 * are not problems.
 */
const GUESSING_WARNINGS = new Set([
  'word_error_correction',
  'ambiguous_word',
  'without_minutes',
  'hour_min_separator',
  'no_colon_after',
  'vague',
  'nothing_useful',
  'interpreted_as_year',
  'value_ends_with_token',
]);

/**
 * Problems with an opening_hours string, empty when it is usable: checks the unsupported forms,
 * parses it with `PH` meaning "today", "yesterday" and "not in this window", and rejects strings
 * the parser had to auto-correct (write them in canonical form instead).
 */
export function checkOpeningHours(openingHours: string, country: CountryCode): string[] {
  try {
    rejectUnsupported(openingHours);
    for (const substitute of ['We', 'Tu', 'Tu,We', 'Sa']) {
      const oh = compile(replaceHolidayTokens(openingHours, () => substitute), country, DEFAULT_COORDINATES[country], 0);
      const guessed = oh.getStructuredWarnings().filter((w) => GUESSING_WARNINGS.has(w.type));
      if (guessed.length > 0) {
        const canonical = oh.prettifyValue();
        return [`Opening hours "${openingHours}" is not canonical (${guessed.map((w) => w.type).join(', ')}); write it as "${canonical}" if that is what you mean`];
      }
    }
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

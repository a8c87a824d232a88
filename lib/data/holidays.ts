/**
 * Public holidays for the countries we plan in. Korea comes from the `date-holidays` package
 * (type 'public' only, substitute holidays included, multi-day holidays such as Seollal and Chuseok
 * expanded to one entry per day), named in English and Korean by date-holidays and in Khmer by
 * holiday-names.ts. date-holidays has no Cambodia data, so KH comes from kh-holidays.ts (used only
 * when date-holidays returns nothing for that year).
 *
 * Correction: date-holidays 3.x defines Seollal as `korean 01-0-01 P3D`, i.e. lunar New Year's day
 * and the two days after. The statutory holiday is the day before, the day and the day after
 * (2025: Jan 28–30; 2026: Feb 16–18), so we move that rule's first day back by one. Chuseok
 * (`korean 8-0-14 P3D`) is already right.
 */
import Holidays from 'date-holidays';
import { khmerNameOfKoreanHoliday } from '@/lib/data/holiday-names';
import { khHolidaysInYear } from '@/lib/data/kh-holidays';
import type { CountryCode, LocalizedText } from '@/lib/data/schema';
import { addDays } from '@/lib/time/local-time';

/** One public-holiday day in a country, by local calendar date. */
export interface PublicHoliday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  name: LocalizedText;
  country: CountryCode;
  /**
   * Stable id of the holiday (`seollal`, `chuseok`, `khmer-new-year`…; `substitute` for Korea's
   * substitute days), used by `PH[...]` rules in opening hours.
   */
  id: string;
  /** Which day of a multi-day holiday this is (1-based; 1 for one-day holidays). */
  day: number;
}

/** Ids of Korea's holidays by date-holidays' English name (substitute days are `substitute`). */
const KR_HOLIDAY_IDS: Readonly<Record<string, string>> = {
  "New Year's Day": 'new-year',
  'Korean New Year': 'seollal',
  'Independence Movement Day': 'independence-movement-day',
  "Children's Day": 'childrens-day',
  "Buddha's Birthday": 'buddhas-birthday',
  'Memorial Day': 'memorial-day',
  'Constitution Day': 'constitution-day',
  'Liberation Day': 'liberation-day',
  'Korean Thanksgiving': 'chuseok',
  'National Foundation Day': 'national-foundation-day',
  'Hangul Day': 'hangul-day',
  'Christmas Day': 'christmas',
};

/** The id of a Korean holiday from date-holidays' English name (unknown names are slugified). */
export function krHolidayId(englishName: string, substitute: boolean): string {
  if (substitute) return 'substitute';
  return KR_HOLIDAY_IDS[englishName] ?? englishName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function assertIsoDate(isoDate: string): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}".`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`"${isoDate}" is not a calendar date.`);
  }
  return { y, m, d };
}

/**
 * Years whose holidays we compute. The Khmer calendar counts days from an epoch, so a far year costs
 * seconds (9999: 1.5 s, then a failure); new trips are bounded to two years ahead (trip-dates.ts),
 * and this guard keeps any other caller from stalling the server.
 */
const HOLIDAY_YEARS = { first: 1990, last: 2100 } as const;

const instances = new Map<CountryCode, Holidays>();
const byYear = new Map<string, PublicHoliday[]>();

function fromDateHolidays(country: CountryCode, year: number): PublicHoliday[] {
  let hd = instances.get(country);
  if (!hd) {
    hd = new Holidays(country, { types: ['public'] });
    instances.set(country, hd);
  }
  // The same rules in the two languages date-holidays has; matched by rule and date.
  const korean = new Map(hd.getHolidays(year, 'ko').map((h) => [`${h.rule}|${h.date}`, h.name]));
  const days: PublicHoliday[] = [];
  for (const h of hd.getHolidays(year, 'en')) {
    if (h.type !== 'public') continue;
    const name = { en: h.name, ko: korean.get(`${h.rule}|${h.date}`) ?? h.name, km: khmerNameOfKoreanHoliday(h.name) ?? h.name };
    const id = krHolidayId(h.name, Boolean(h.substitute));
    const seollal = country === 'KR' && !h.substitute && h.rule.startsWith('korean 01-0-01');
    const first = addDays(h.date.slice(0, 10), seollal ? -1 : 0);
    // start/end are instants in the country's zone; their difference is the length in whole days.
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let i = 0; i < length; i += 1) days.push({ date: addDays(first, i), name, country, id, day: i + 1 });
  }
  return days;
}

/** All public-holiday days of a country in a year, sorted by date (one entry per day and name). */
export function publicHolidaysInYear(country: CountryCode, year: number): PublicHoliday[] {
  const key = `${country}:${year}`;
  const cached = byYear.get(key);
  if (cached) return cached;
  if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    throw new RangeError(`Public holidays are known for ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last} only, not ${year}: plan a trip within those years.`);
  }
  let days = fromDateHolidays(country, year);
  if (days.length === 0 && country === 'KH') {
    days = khHolidaysInYear(year).map((h) => ({ ...h, country }));
  }
  days.sort((a, b) => a.date.localeCompare(b.date));
  byYear.set(key, days);
  return days;
}

/** Whether `isoDate` (local YYYY-MM-DD) is a public holiday in `country`. */
export function isPublicHoliday(country: CountryCode, isoDate: string): boolean {
  const { y } = assertIsoDate(isoDate);
  return publicHolidaysInYear(country, y).some((h) => h.date === isoDate);
}

/** Public-holiday days from `from` to `to` inclusive (local YYYY-MM-DD), sorted by date. */
export function holidaysBetween(country: CountryCode, from: string, to: string): PublicHoliday[] {
  const start = assertIsoDate(from);
  const end = assertIsoDate(to);
  if (from > to) return [];
  const result: PublicHoliday[] = [];
  for (let year = start.y; year <= end.y; year += 1) {
    for (const h of publicHolidaysInYear(country, year)) if (h.date >= from && h.date <= to) result.push(h);
  }
  return result;
}

/** The public-holiday entries on one local date (empty when it is not a holiday). */
export function holidaysOn(country: CountryCode, isoDate: string): PublicHoliday[] {
  const { y } = assertIsoDate(isoDate);
  return publicHolidaysInYear(country, y).filter((h) => h.date === isoDate);
}

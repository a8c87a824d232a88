/**
 * Cambodian public holidays. The `date-holidays` package (our holiday source for Korea) has no
 * data for Cambodia (KH), so this module supplies it; holidays.ts prefers date-holidays whenever it
 * does return holidays for a country and year.
 *
 * Fixed-date holidays follow the Royal Government's yearly public-holiday sub-decrees of recent
 * years (e.g. Sub-decree 166 of 12 August 2022 for 2023; Peace Day, 29 December, was added from
 * 2024). The holidays that follow the Khmer lunisolar calendar — Khmer New Year, Visak Bochea, the
 * Royal Ploughing Ceremony, Pchum Ben and the Water Festival — are computed with khmer-lunar.ts,
 * using the rules the sub-decrees apply:
 * - Khmer New Year: the day the new year arrives through Vearak Loeng Sak (3 or 4 days);
 * - Visak Bochea: the full moon (15th waxing day) of Pisakh;
 * - Royal Ploughing Ceremony: the 4th waning day of Pisakh;
 * - Pchum Ben: the 14th and 15th waning days of Photrobot and the 1st waxing day of Assuj;
 * - Water Festival: the 14th and 15th waxing days and the 1st waning day of Kadeuk.
 * tests/lib/data/kh-holidays.test.ts compares the result with the published lists of 2022–2024.
 */
import { KH_HOLIDAY_NAMES, nthDayOf, type KhHolidayId } from '@/lib/data/holiday-names';
import { findLunarDay, khmerNewYearDays, LUNAR_MONTH } from '@/lib/data/khmer-lunar';
import type { LocalizedText } from '@/lib/data/schema';
import { addDays } from '@/lib/time/local-time';

/** A fixed-date Cambodian public holiday, recurring every year from `since` (inclusive). */
interface FixedHoliday {
  month: number;
  day: number;
  id: KhHolidayId;
  since?: number;
}

/** Fixed-date public holidays (month, day) observed every year. */
const KH_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, id: 'new-year' },
  { month: 1, day: 7, id: 'victory-day' },
  { month: 3, day: 8, id: 'womens-day' },
  { month: 5, day: 1, id: 'labour-day' },
  { month: 5, day: 14, id: 'king-birthday' },
  { month: 6, day: 18, id: 'queen-mother-birthday' },
  { month: 9, day: 24, id: 'constitution-day' },
  { month: 10, day: 15, id: 'king-father-commemoration' },
  { month: 10, day: 29, id: 'coronation-day' },
  { month: 11, day: 9, id: 'independence-day' },
  { month: 12, day: 29, id: 'peace-day', since: 2024 },
];

interface Holiday {
  date: string;
  name: LocalizedText;
  id: KhHolidayId;
  /** Day of a multi-day holiday, 1-based. */
  day: number;
}

/** Every date from `first` to `last` inclusive. */
function daysFromTo(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

function named(id: KhHolidayId, days: string[]): Holiday[] {
  const name = KH_HOLIDAY_NAMES[id];
  return days.length === 1 ? [{ date: days[0]!, name, id, day: 1 }] : days.map((date, i) => ({ date, name: nthDayOf(name, i + 1), id, day: i + 1 }));
}

/** The lunar-calendar holidays of one Gregorian year. */
function lunarHolidays(year: number): Holiday[] {
  const { pisakh, photrobot, assuj, kadeuk } = LUNAR_MONTH;
  // Search starting points: mid-range of where each day has fallen since 2000.
  const visak = findLunarDay(pisakh, 14, `${year}-05-10`);
  const ploughing = findLunarDay(pisakh, 18, visak);
  const pchumBenFirst = findLunarDay(photrobot, 28, `${year}-09-28`);
  const pchumBenLast = findLunarDay(assuj, 0, pchumBenFirst);
  const waterFirst = findLunarDay(kadeuk, 13, `${year}-11-10`);
  const waterLast = findLunarDay(kadeuk, 15, waterFirst);
  return [
    ...named('khmer-new-year', khmerNewYearDays(year)),
    ...named('visak-bochea', [visak]),
    ...named('royal-ploughing', [ploughing]),
    ...named('pchum-ben', daysFromTo(pchumBenFirst, pchumBenLast)),
    ...named('water-festival', daysFromTo(waterFirst, waterLast)),
  ];
}

/** Cambodian public holidays of one year, sorted by date (two on one day are both listed). */
export function khHolidaysInYear(year: number): Holiday[] {
  const fixed = KH_FIXED_HOLIDAYS.filter((h) => h.since === undefined || year >= h.since).map((h) => ({
    date: `${String(year).padStart(4, '0')}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`,
    name: KH_HOLIDAY_NAMES[h.id],
    id: h.id,
    day: 1,
  }));
  return [...fixed, ...lunarHolidays(year)].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Cambodian public holidays. The `date-holidays` package (our holiday source) has no data for
 * Cambodia (KH), so this table supplements it; holidays.ts prefers date-holidays whenever it does
 * return holidays for a country and year.
 *
 * Fixed-date holidays follow the Royal Government's yearly public-holiday sub-decrees of recent
 * years (e.g. Sub-decree 166 of 12 August 2022 for 2023; Peace Day, 29 December, was added from
 * 2024). Khmer New Year is 14–16 April in the 2023–2026 sub-decrees.
 *
 * Lunar holidays (Visak Bochea, Royal Ploughing Ceremony, Pchum Ben, Water Festival) move every
 * year and are fixed only by each year's sub-decree; add them to KH_LUNAR_HOLIDAYS once published.
 * Published calendars disagree on the 2026 lunar dates, so none are listed for 2026 (unverified).
 */

/** A fixed-date Cambodian public holiday, recurring every year from `since` (inclusive). */
interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  since?: number;
}

/** Fixed-date public holidays (month, day) observed every year. */
export const KH_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'International New Year Day' },
  { month: 1, day: 7, name: 'Victory over Genocide Day' },
  { month: 3, day: 8, name: "International Women's Day" },
  { month: 4, day: 14, name: 'Khmer New Year (day 1)' },
  { month: 4, day: 15, name: 'Khmer New Year (day 2)' },
  { month: 4, day: 16, name: 'Khmer New Year (day 3)' },
  { month: 5, day: 1, name: 'International Labour Day' },
  { month: 5, day: 14, name: "King Norodom Sihamoni's Birthday" },
  { month: 6, day: 18, name: "Queen Mother Norodom Monineath Sihanouk's Birthday" },
  { month: 9, day: 24, name: 'Constitution Day' },
  { month: 10, day: 15, name: 'Commemoration Day of King Father Norodom Sihanouk' },
  { month: 10, day: 29, name: "King Norodom Sihamoni's Coronation Day" },
  { month: 11, day: 9, name: 'Independence Day' },
  { month: 12, day: 29, name: 'Peace Day', since: 2024 },
];

/** Lunar-calendar public holidays by year, as ISO dates; only years whose sub-decree we have checked. */
export const KH_LUNAR_HOLIDAYS: Readonly<Record<number, readonly { date: string; name: string }[]>> = {};

/** Cambodian public holidays of one year (sorted by date), from the tables above. */
export function khHolidaysInYear(year: number): { date: string; name: string }[] {
  const fixed = KH_FIXED_HOLIDAYS.filter((h) => h.since === undefined || year >= h.since).map((h) => ({
    date: `${String(year).padStart(4, '0')}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`,
    name: h.name,
  }));
  const lunar = KH_LUNAR_HOLIDAYS[year] ?? [];
  return [...fixed, ...lunar].sort((a, b) => a.date.localeCompare(b.date));
}

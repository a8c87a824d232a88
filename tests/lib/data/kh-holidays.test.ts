import { describe, expect, it } from 'vitest';
import { khHolidaysInYear } from '@/lib/data/kh-holidays';
import { findLunarDay, khmerNewYearDays, LUNAR_MONTH, lunarDayOf } from '@/lib/data/khmer-lunar';
import { addDays } from '@/lib/time/local-time';

/** Every date from `first` to `last` (same month) as YYYY-MM-DD. */
function span(first: string, lastDay: number): string[] {
  const start = Number(first.slice(8));
  return Array.from({ length: lastDay - start + 1 }, (_, i) => `${first.slice(0, 8)}${String(start + i).padStart(2, '0')}`);
}

/**
 * Published holiday lists (the dates only; one-off days such as 2022's election day off left out).
 * 2022: Sub-decree 145 of 19 Aug 2021 / Prakas 277/21, as listed at http://www.prasac.com.kh/en/media/public-holiday
 * 2023: Sub-decree 166 of 12 Aug 2022, as listed at https://ibccambodia.com/new/list-of-public-holidays-in-2023/
 * 2024: Prakas 014/24 of 16 Jan 2024, as listed at https://angkortimes.com/cambodian-public-holidays, plus
 *       Peace Day (29 Dec), designated by the sub-decree of 1 Jan 2024
 *       (https://officeholidays.com/holidays/cambodia/cambodia-peace-day).
 */
const PUBLISHED: Record<number, string[]> = {
  2022: [
    '2022-01-01', '2022-01-07', '2022-03-08', ...span('2022-04-14', 16), '2022-05-01', '2022-05-14', '2022-05-15',
    '2022-05-19', '2022-06-18', '2022-09-24', ...span('2022-09-24', 26), '2022-10-15', '2022-10-29', ...span('2022-11-07', 9),
  ],
  2023: [
    '2023-01-01', '2023-01-07', '2023-03-08', ...span('2023-04-14', 16), '2023-05-01', '2023-05-04', '2023-05-08',
    '2023-05-14', '2023-06-18', '2023-09-24', ...span('2023-10-13', 15), '2023-10-29', '2023-11-09', ...span('2023-11-26', 28),
  ],
  2024: [
    '2024-01-01', '2024-01-07', '2024-03-08', ...span('2024-04-13', 16), '2024-05-01', '2024-05-14', '2024-05-22',
    '2024-05-26', '2024-06-18', '2024-09-24', ...span('2024-10-01', 3), '2024-10-15', '2024-10-29', '2024-11-09',
    ...span('2024-11-14', 16), '2024-12-29',
  ],
};

describe('Cambodian public holidays', () => {
  for (const [year, dates] of Object.entries(PUBLISHED)) {
    it(`match the published list for ${year}, lunar holidays included`, () => {
      const ours = new Set(khHolidaysInYear(Number(year)).map((h) => h.date));
      expect([...ours].sort()).toEqual([...new Set(dates)].sort());
    });
  }

  it('match older published lunar dates (2011 list, 2013 Pchum Ben, 2020 four-day New Year)', () => {
    // http://khmeridentification-edu.blogspot.com/2011/11/cambodian-buplic-holiday-in-cambodia.html
    const in2011 = khHolidaysInYear(2011);
    const dates = (id: string) => in2011.filter((h) => h.name.en.startsWith(id)).map((h) => h.date);
    expect(dates('Visak Bochea')).toEqual(['2011-05-17']);
    expect(dates('Royal Ploughing')).toEqual(['2011-05-21']);
    expect(dates('Pchum Ben')).toEqual(span('2011-09-26', 28));
    expect(dates('Water Festival')).toEqual(span('2011-11-09', 11));
    // http://www.cambodia-journey.com/index.php/event/pchum-ben/ (3–5 October 2013)
    expect(khHolidaysInYear(2013).filter((h) => h.name.en.startsWith('Pchum Ben')).map((h) => h.date)).toEqual(span('2013-10-03', 5));
    // https://ibccambodia.com/new/notification-on-postponement-of-holidays-for-khmer-new-year-2020/ (13–16 April 2020)
    expect(khmerNewYearDays(2020)).toEqual(span('2020-04-13', 16));
  });

  it('name every holiday in English, Korean and Khmer, numbering the days of multi-day ones', () => {
    for (let year = 2024; year <= 2035; year += 1) {
      for (const h of khHolidaysInYear(year)) {
        expect(h.name.ko, `${h.date} ko`).toMatch(/[\uAC00-\uD7A3]/);
        expect(h.name.km, `${h.date} km`).toMatch(/[\u1780-\u17FF]/);
      }
    }
    const water = khHolidaysInYear(2026).filter((h) => h.name.en.startsWith('Water Festival'));
    expect(water.map((h) => [h.date, h.name.en, h.name.ko])).toEqual([
      ['2026-11-23', 'Water Festival (day 1)', '물 축제(본 옴 뚝) (1일째)'],
      ['2026-11-24', 'Water Festival (day 2)', '물 축제(본 옴 뚝) (2일째)'],
      ['2026-11-25', 'Water Festival (day 3)', '물 축제(본 옴 뚝) (3일째)'],
    ]);
  });

  it('keep the lunar rules year after year (2020–2040)', () => {
    for (let year = 2020; year <= 2040; year += 1) {
      const holidays = khHolidaysInYear(year);
      const of = (name: string) => holidays.filter((h) => h.name.en.startsWith(name)).map((h) => h.date);
      const [visak] = of('Visak Bochea');
      expect(visak, `${year}`).toBeDefined();
      expect(lunarDayOf(visak!)).toEqual({ month: LUNAR_MONTH.pisakh, day: 14 });
      expect(of('Royal Ploughing')).toEqual([addDays(visak!, 4)]);
      const pchumBen = of('Pchum Ben');
      expect(pchumBen).toHaveLength(3);
      expect(lunarDayOf(pchumBen[2]!)).toEqual({ month: LUNAR_MONTH.assuj, day: 0 });
      const water = of('Water Festival');
      expect(water).toHaveLength(3);
      expect(lunarDayOf(water[1]!)).toEqual({ month: LUNAR_MONTH.kadeuk, day: 14 });
      const newYear = of('Khmer New Year');
      expect(newYear.length === 3 || newYear.length === 4, `${year}: ${newYear.join(',')}`).toBe(true);
      expect(newYear[0]! >= `${year}-04-12` && newYear.at(-1)! <= `${year}-04-17`, `${year}: ${newYear.join(',')}`).toBe(true);
      // Visak falls between mid-April and early June, Water Festival between late October and early December.
      expect(visak! >= `${year}-04-15` && visak! <= `${year}-06-10`, `${year} ${visak}`).toBe(true);
      expect(water[0]! >= `${year}-10-20` && water[0]! <= `${year}-12-05`, `${year} ${water[0]}`).toBe(true);
    }
  });

  it('do not depend on the server time zone', () => {
    const saved = process.env.TZ;
    try {
      const results = ['UTC', 'America/Los_Angeles', 'Asia/Phnom_Penh', 'Pacific/Kiritimati'].map((zone) => {
        process.env.TZ = zone;
        return [findLunarDay(LUNAR_MONTH.pisakh, 14, '2027-05-10'), findLunarDay(LUNAR_MONTH.kadeuk, 13, '2027-11-10')];
      });
      for (const result of results) expect(result).toEqual(['2027-05-20', '2027-11-12']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuse a lunar day that does not exist', () => {
    // Pisakh has 30 days; index 30 would be the 16th waning day.
    expect(() => findLunarDay(LUNAR_MONTH.pisakh, 30, '2026-05-10')).toThrow(/No date found/);
  });
});


/**
 * The Khmer lunisolar calendar (Chhankitek), from the `@thyrith/momentkh` package, for the
 * Cambodian public holidays that move every year. The package answers "which lunar day is this
 * date?" and "when does the Khmer New Year begin?"; this module turns that into the Gregorian
 * dates of a given lunar day. tests/lib/data/kh-holidays.test.ts checks the results against the
 * published holiday lists of several years.
 *
 * Lunar days are indexed as the package does: 0–14 are the 1st–15th waxing days (កើត, 15 = full
 * moon), 15–29 the 1st–15th waning days (រោច).
 */
import moment from 'moment';
import momentkh from '@thyrith/momentkh';
import soriyatraLerngSak from '@thyrith/momentkh/getSoriyatraLerngSak';
import { DataError } from '@/lib/errors';
import { addDays } from '@/lib/time/local-time';

// The plug-in only adds methods (khDay, khMonth, getKhNewYearMoment…); moment itself is unchanged.
momentkh(moment);

declare module 'moment' {
  interface Moment {
    /** Khmer lunar month index: 0 Mikasir … 11 Kadeuk, 12/13 the leap Pathamasadh/Tutiyasadh. */
    khMonth(): number;
    /** Lunar day index: 0–14 waxing days 1–15, 15–29 waning days 1–15. */
    khDay(): number;
  }
  /** The moment the Khmer New Year arrives in a Gregorian year (local time). */
  function getKhNewYearMoment(gregorianYear: number): Moment;
}

/** Lunar month indices used by the package. */
export const LUNAR_MONTH = { pisakh: 5, photrobot: 9, assuj: 10, kadeuk: 11 } as const;

/**
 * Position of each month in the lunar year (which starts with Mikasir, around December). In a
 * leap-month year Asadh (7) is replaced by Pathamasadh (12) and Tutiyasadh (13).
 */
const MONTH_RANK: Readonly<Record<number, number>> = {
  0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 12: 7, 7: 8, 13: 8, 8: 9, 9: 10, 10: 11, 11: 12,
};

interface LunarDay {
  month: number;
  day: number;
}

/**
 * The package works on local-time moments; a date at local noon keeps it on the intended calendar
 * day whatever the server's time zone (and away from daylight-saving jumps at midnight).
 */
function atNoon(isoDate: string): moment.Moment {
  return moment(`${isoDate} 12:00`, 'YYYY-MM-DD HH:mm', true);
}

/** The Khmer lunar month and day of a Gregorian date (YYYY-MM-DD). */
export function lunarDayOf(isoDate: string): LunarDay {
  const date = atNoon(isoDate);
  return { month: date.khMonth(), day: date.khDay() };
}

function rankOf(month: number): number {
  const rank = MONTH_RANK[month];
  if (rank === undefined) throw new DataError(`Unknown Khmer lunar month index ${month}.`);
  return rank;
}

/**
 * The Gregorian date of lunar `day` in lunar `month`, searching from `near` (a date within about
 * two months of the answer). Steps half a month at a time until `near` falls in the month, then
 * counts days inside it.
 */
export function findLunarDay(month: number, day: number, near: string): string {
  const target = rankOf(month);
  let probe = near;
  for (let step = 0; step < 8; step += 1) {
    const here = lunarDayOf(probe);
    if (here.month === month) {
      const hit = addDays(probe, day - here.day);
      const check = lunarDayOf(hit);
      if (check.month === month && check.day === day) return hit;
      break; // the month has no such day (a 29-day month asked for day 30)
    }
    probe = addDays(probe, rankOf(here.month) < target ? 15 : -15);
  }
  throw new DataError(`No date found for Khmer lunar day ${day} of month ${month} near ${near}.`);
}

/**
 * The days of the Khmer New Year in a Gregorian year: from the day the new year arrives (Moha
 * Songkran) through Vearak Loeng Sak. It lasts four days when the year has two Vearak Vanabat days
 * (the package's own rule: the first "sotin" of the new year has angsar 0), otherwise three.
 */
export function khmerNewYearDays(year: number): string[] {
  const first = moment.getKhNewYearMoment(year).format('YYYY-MM-DD');
  const jolakSakaraj = year + 544 - 1182;
  const length = soriyatraLerngSak(jolakSakaraj).newYearsDaySotins[0]?.angsar === 0 ? 4 : 3;
  return Array.from({ length }, (_, i) => addDays(first, i));
}

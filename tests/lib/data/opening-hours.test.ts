import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/errors';
import { checkOpeningHours, closureOn, isOpenAt, openIntervals, openMinutes, withClosures } from '@/lib/data/opening-hours';

describe('openIntervals', () => {
  it('returns minute windows of the local day', () => {
    expect(openIntervals('Mo-Su 09:00-18:00', 'KR', '2026-03-10', 'Asia/Seoul')).toEqual([[540, 1080]]);
    expect(openIntervals('Mo-Fr 09:00-12:00,13:00-17:30', 'KR', '2026-03-10', 'Asia/Seoul')).toEqual([
      [540, 720],
      [780, 1050],
    ]);
  });

  it('is closed on days the rule leaves out', () => {
    expect(openIntervals('We-Mo 09:00-18:00', 'KR', '2026-03-10', 'Asia/Seoul')).toEqual([]);
  });

  it('splits overnight hours at midnight', () => {
    expect(openIntervals('Mo-Su 18:00-02:00', 'KH', '2026-03-10', 'Asia/Phnom_Penh')).toEqual([
      [0, 120],
      [1080, 1440],
    ]);
    expect(openIntervals('24/7', 'KH', '2026-03-10', 'Asia/Phnom_Penh')).toEqual([[0, 1440]]);
  });

  it('applies PH rules on public holidays per date-holidays (Chuseok 2026)', () => {
    const hours = 'Mo-Su 09:00-18:00; PH off';
    expect(openIntervals(hours, 'KR', '2026-09-25', 'Asia/Seoul')).toEqual([]);
    expect(openIntervals(hours, 'KR', '2026-09-22', 'Asia/Seoul')).toEqual([[540, 1080]]);
  });

  it('opens on a holiday that falls on the closing day when PH is listed', () => {
    // Tuesday 2026-09-22 is not a holiday; Tuesday 2026-03-10 neither; Friday 2026-09-25 is Chuseok.
    const hours = 'We-Mo,PH 09:00-18:00';
    expect(openIntervals(hours, 'KR', '2026-03-10', 'Asia/Seoul')).toEqual([]);
    expect(openIntervals('Tu-Th 10:00-16:00; Fr off; PH 11:00-15:00', 'KR', '2026-09-25', 'Asia/Seoul')).toEqual([[660, 900]]);
  });

  it('uses the Cambodian calendar for KH (Khmer New Year)', () => {
    const hours = 'Mo-Su 08:00-17:00; PH off';
    expect(openIntervals(hours, 'KH', '2026-04-14', 'Asia/Phnom_Penh')).toEqual([]);
    expect(openIntervals(hours, 'KR', '2026-04-14', 'Asia/Seoul')).toEqual([[480, 1020]]);
  });

  it('puts sunrise and sunset at local wall-clock time whatever the process time zone', () => {
    const [window] = openIntervals('sunrise-sunset', 'KH', '2026-03-10', 'Asia/Phnom_Penh', { lat: 13.41, lon: 103.87 });
    expect(window).toBeDefined();
    const [start, end] = window ?? [0, 0];
    expect(start).toBeGreaterThan(5 * 60 + 45);
    expect(start).toBeLessThan(6 * 60 + 30);
    expect(end).toBeGreaterThan(17 * 60 + 50);
    expect(end).toBeLessThan(18 * 60 + 30);
  });

  it('throws DataError for strings it cannot evaluate', () => {
    expect(() => openIntervals('whenever', 'KR', '2026-03-10', 'Asia/Seoul')).toThrow(DataError);
    expect(() => openIntervals('SH off; Mo-Fr 09:00-17:00', 'KR', '2026-03-10', 'Asia/Seoul')).toThrow(/school holidays/);
    expect(checkOpeningHours('Mo-Su 09:00-18:00; PH off', 'KR')).toEqual([]);
    expect(checkOpeningHours('PH +1 day off', 'KR')).not.toEqual([]);
    // The parser would silently read this as 09:00-06:00 (overnight); we want it written out.
    expect(checkOpeningHours('daily 9 to 6', 'KR')[0]).toMatch(/not canonical/);
  });

  it('answers isOpenAt and openMinutes', () => {
    expect(isOpenAt('Mo-Su 09:00-18:00', 'KR', '2026-03-10', 'Asia/Seoul', 9 * 60)).toBe(true);
    expect(isOpenAt('Mo-Su 09:00-18:00', 'KR', '2026-03-10', 'Asia/Seoul', 18 * 60)).toBe(false);
    expect(openMinutes('Mo-Su 09:00-18:00', 'KR', '2026-03-10', 'Asia/Seoul')).toBe(540);
  });
});

describe('holiday selectors PH[...]', () => {
  const museum = 'Mo-Su 09:30-17:30; Jan 01 off; PH[seollal:2,chuseok:2] off';

  it('closes only on the named day of a multi-day holiday', () => {
    expect(openIntervals(museum, 'KR', '2026-09-25', 'Asia/Seoul')).toEqual([]); // Chuseok day
    expect(openIntervals(museum, 'KR', '2027-09-15', 'Asia/Seoul')).toEqual([]); // Chuseok day
    expect(openIntervals(museum, 'KR', '2026-02-17', 'Asia/Seoul')).toEqual([]); // Seollal day
    expect(openIntervals(museum, 'KR', '2026-09-24', 'Asia/Seoul')).toEqual([[570, 1050]]); // Chuseok eve
    expect(openIntervals(museum, 'KR', '2026-09-26', 'Asia/Seoul')).toEqual([[570, 1050]]);
    expect(openIntervals(museum, 'KR', '2026-10-09', 'Asia/Seoul')).toEqual([[570, 1050]]); // Hangul Day
  });

  it('selects every day of a holiday without a day number', () => {
    const market = 'Mo-Su 06:00-18:00; PH[khmer-new-year] off';
    for (const date of ['2027-04-14', '2027-04-15', '2027-04-16']) expect(openIntervals(market, 'KH', date, 'Asia/Phnom_Penh'), date).toEqual([]);
    expect(openIntervals(market, 'KH', '2027-04-17', 'Asia/Phnom_Penh')).toEqual([[360, 1080]]);
    expect(openIntervals(market, 'KH', '2027-05-01', 'Asia/Phnom_Penh')).toEqual([[360, 1080]]); // Labour Day: another holiday
  });

  it('moves a weekly closing day that is a holiday to the first non-holiday day after it', () => {
    const palace = 'We-Mo,PH 09:00-18:00; PH[first-non-holiday-after:Tu] off';
    expect(openIntervals(palace, 'KR', '2026-02-17', 'Asia/Seoul')).toEqual([[540, 1080]]); // Tuesday, Seollal day
    expect(openIntervals(palace, 'KR', '2026-02-18', 'Asia/Seoul')).toEqual([[540, 1080]]); // Wednesday, holiday
    expect(openIntervals(palace, 'KR', '2026-02-19', 'Asia/Seoul')).toEqual([]); // first non-holiday day after
    expect(openIntervals(palace, 'KR', '2026-02-20', 'Asia/Seoul')).toEqual([[540, 1080]]);
    expect(openIntervals(palace, 'KR', '2026-03-03', 'Asia/Seoul')).toEqual([]); // ordinary Tuesday
    expect(openIntervals(palace, 'KR', '2026-03-04', 'Asia/Seoul')).toEqual([[540, 1080]]); // Wednesday after an ordinary Tuesday
    const mondayPalace = 'Tu-Su,PH 09:00-21:00; PH[first-non-holiday-after:Mo] off';
    expect(openIntervals(mondayPalace, 'KR', '2026-03-02', 'Asia/Seoul')).toEqual([[540, 1260]]); // Monday substitute day
    expect(openIntervals(mondayPalace, 'KR', '2026-03-03', 'Asia/Seoul')).toEqual([]);
    expect(openIntervals(mondayPalace, 'KR', '2026-03-10', 'Asia/Seoul')).toEqual([[540, 1260]]);
  });

  it('rejects selectors it does not know', () => {
    expect(checkOpeningHours('Mo-Su 09:00-18:00; PH[Seollal Day] off', 'KR')[0]).toMatch(/not a holiday selector/);
    expect(checkOpeningHours('Mo-Su 09:00-18:00; PH[first-non-holiday-after:Xy] off', 'KR')[0]).toMatch(/not a holiday selector/);
    expect(checkOpeningHours('Mo-Su 09:00-18:00; PH[chuseok] Mo off', 'KR')[0]).toMatch(/intersections/);
    expect(checkOpeningHours('Mo-Su 09:00-18:00; PH[seollal:2,chuseok:2] off', 'KR')).toEqual([]);
  });
});

describe('closures', () => {
  it('appends a dated off rule per closure, open-ended ones until further notice', () => {
    const hours = withClosures('Mo-Su 09:00-18:00', [{ from: '2026-12-01', to: '2026-12-05' }, { from: '2027-03-01' }]);
    expect(hours).toBe('Mo-Su 09:00-18:00; 2026 Dec 01-2026 Dec 05 off; 2027 Mar 01-2099 Dec 31 off');
    expect(openIntervals(hours, 'KR', '2026-11-30', 'Asia/Seoul')).toEqual([[540, 1080]]);
    for (const date of ['2026-12-01', '2026-12-05', '2027-03-01', '2030-06-01']) expect(openIntervals(hours, 'KR', date, 'Asia/Seoul'), date).toEqual([]);
    expect(openIntervals(hours, 'KR', '2026-12-06', 'Asia/Seoul')).toEqual([[540, 1080]]);
    expect(withClosures('24/7', [])).toBe('24/7');
  });

  it('finds the closure covering a date, to inclusive', () => {
    const closures = [{ from: '2026-12-01', to: '2026-12-05' }, { from: '2027-03-01' }];
    expect(closureOn(closures, '2026-12-05')).toBe(closures[0]);
    expect(closureOn(closures, '2026-12-06')).toBeUndefined();
    expect(closureOn(closures, '2040-01-01')).toBe(closures[1]);
    expect(closureOn(undefined, '2026-12-05')).toBeUndefined();
  });
});

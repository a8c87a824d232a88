import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/errors';
import { checkOpeningHours, isOpenAt, openIntervals, openMinutes } from '@/lib/data/opening-hours';

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

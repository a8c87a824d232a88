import { describe, expect, it } from 'vitest';
import { holidaysBetween, isPublicHoliday, publicHolidaysInYear } from '@/lib/data/holidays';
import { addDays } from '@/lib/time/local-time';

describe('holidays: Korea (date-holidays)', () => {
  it('knows New Year and Christmas', () => {
    expect(isPublicHoliday('KR', '2026-01-01')).toBe(true);
    expect(isPublicHoliday('KR', '2026-12-25')).toBe(true);
    expect(isPublicHoliday('KR', '2026-01-02')).toBe(false);
  });

  it('expands Chuseok 2026 to all three days (Sep 24–26)', () => {
    expect(holidaysBetween('KR', '2026-09-23', '2026-09-27').map((h) => h.date)).toEqual(['2026-09-24', '2026-09-25', '2026-09-26']);
  });

  it('expands Seollal 2026 (Feb 16–18)', () => {
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18']) expect(isPublicHoliday('KR', date), date).toBe(true);
    expect(isPublicHoliday('KR', '2026-02-19')).toBe(false);
  });

  it('includes substitute holidays', () => {
    expect(isPublicHoliday('KR', '2026-03-02')).toBe(true);
  });

  it('names every holiday in English, Korean and Khmer (a holiday new to date-holidays needs a Khmer name)', () => {
    for (let year = 2024; year <= 2035; year += 1) {
      for (const h of publicHolidaysInYear('KR', year)) {
        expect(h.name.ko, `${h.date} ${h.name.en}`).toMatch(/[\uAC00-\uD7A3]/);
        expect(h.name.km, `${h.date} ${h.name.en}`).toMatch(/[\u1780-\u17FF]/);
      }
    }
    const chuseok = holidaysBetween('KR', '2026-09-24', '2026-09-24')[0];
    expect(chuseok?.name).toEqual({ en: 'Korean Thanksgiving', ko: '추석', km: 'បុណ្យឈូសុក (បុណ្យប្រមូលផលកូរ៉េ)' });
    const substitute = holidaysBetween('KR', '2026-03-02', '2026-03-02')[0];
    expect(substitute?.name.km).toBe('ទិវាចលនាទាមទារឯករាជ្យ (ថ្ងៃឈប់សម្រាកជំនួស)');
  });

  it('lists holidays across a year boundary, sorted', () => {
    const dates = holidaysBetween('KR', '2026-12-20', '2027-01-05').map((h) => h.date);
    expect(dates).toEqual(['2026-12-25', '2027-01-01']);
    expect(holidaysBetween('KR', '2026-05-10', '2026-05-01')).toEqual([]);
  });
});

describe('holidays: Cambodia', () => {
  it('knows Khmer New Year 2026 (Apr 14–16)', () => {
    expect(isPublicHoliday('KH', '2026-04-14')).toBe(true);
    expect(isPublicHoliday('KH', '2026-04-16')).toBe(true);
    expect(isPublicHoliday('KH', '2026-04-17')).toBe(false);
  });

  it('knows the 2026 lunar holidays (Visak Bochea on Labour Day, Pchum Ben, Water Festival)', () => {
    expect(holidaysBetween('KH', '2026-05-01', '2026-05-05').map((h) => [h.date, h.name.en])).toEqual([
      ['2026-05-01', 'International Labour Day'],
      ['2026-05-01', 'Visak Bochea Day'],
      ['2026-05-05', 'Royal Ploughing Ceremony'],
    ]);
    for (const date of ['2026-10-10', '2026-10-11', '2026-10-12', '2026-11-23', '2026-11-24', '2026-11-25']) expect(isPublicHoliday('KH', date), date).toBe(true);
  });

  it('knows the fixed national days', () => {
    for (const date of ['2026-01-07', '2026-09-24', '2026-11-09']) expect(isPublicHoliday('KH', date), date).toBe(true);
    expect(isPublicHoliday('KH', '2026-12-25')).toBe(false);
  });

  it('does not mix up the countries', () => {
    expect(isPublicHoliday('KR', '2026-04-14')).toBe(false);
    expect(publicHolidaysInYear('KH', 2026).every((h) => h.country === 'KH')).toBe(true);
  });
});

describe('holidays: input', () => {
  it('rejects malformed dates', () => {
    expect(() => isPublicHoliday('KR', '2026-13-01')).toThrow(RangeError);
    expect(() => isPublicHoliday('KR', '1 Jan 2026')).toThrow(RangeError);
  });

  it('refuses years far away at once instead of stalling on the Khmer calendar', () => {
    // Before the guard, 9999 ran 1.5 s of calendar work and then failed with "No date found…".
    expect(() => publicHolidaysInYear('KH', 9999)).toThrow(/1990–2100 only, not 9999/);
    expect(() => isPublicHoliday('KH', '1000-01-01')).toThrow(/1990–2100 only, not 1000/);
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, clockToMinutes, daysBetween, localIso, localToInstant, minutesToClock, utcOffsetMinutes, weekday } from '@/lib/time/local-time';

describe('local time', () => {
  it('writes Korean times with +09:00 and Cambodian times with +07:00', () => {
    expect(localIso('2026-12-21', 9 * 60 + 30, 'Asia/Seoul')).toBe('2026-12-21T09:30:00+09:00');
    expect(localIso('2026-12-21', 9 * 60 + 30, 'Asia/Phnom_Penh')).toBe('2026-12-21T09:30:00+07:00');
  });

  it('rolls minutes past midnight into the next day', () => {
    expect(localIso('2026-12-31', 25 * 60, 'Asia/Seoul')).toBe('2027-01-01T01:00:00+09:00');
  });

  it('knows the same instant is two hours earlier in Phnom Penh than in Seoul', () => {
    const instant = localToInstant('2026-06-01', 12 * 60, 'Asia/Seoul');
    expect(instant.toISOString()).toBe('2026-06-01T03:00:00.000Z');
    expect(utcOffsetMinutes('Asia/Seoul', instant) - utcOffsetMinutes('Asia/Phnom_Penh', instant)).toBe(120);
  });

  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-12-20', '2027-01-02')).toBe(13);
    expect(weekday('2026-12-22')).toBe(2); // a Tuesday
  });

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), (d, n) => {
        const date = d.toISOString().slice(0, 10);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('clock strings round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(clockToMinutes(minutesToClock(m))).toBe(m);
      }),
    );
  });
});

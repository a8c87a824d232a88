import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPlanRequest } from '@/lib/planner/new-trip-request';
import { planRequest } from '@/lib/planner/request';
import { startDateProblem, tripDateWindow } from '@/lib/planner/trip-dates';
import { addDays } from '@/lib/time/local-time';

const rule = { today: '2026-12-04', daysBefore: 1, daysAfter: 730 };

describe('the start dates of new trips', () => {
  it('run from the day before today to two years ahead by default', () => {
    expect(tripDateWindow(rule)).toEqual({ earliest: '2026-12-03', latest: '2028-12-03' });
  });

  it('accept every date inside the window and refuse every date outside it', () => {
    const window = tripDateWindow(rule);
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (offset) => {
        const date = addDays('2026-12-04', offset);
        const inside = offset >= -1 && offset <= 730;
        expect(startDateProblem(date, window) === undefined).toBe(inside);
      }),
    );
  });

  it('leave plans already saved alone: only new requests are bounded', () => {
    const old = { direction: 'KR_TO_KH', startDate: '2026-06-01', days: 4 };
    expect(planRequest.safeParse(old).success).toBe(true);
    const refused = newPlanRequest.safeParse(old);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['startDate']);
  });
});

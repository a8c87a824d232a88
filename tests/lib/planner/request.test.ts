import { describe, expect, it } from 'vitest';
import { planRequest } from '@/lib/planner/request';

const issues = (input: unknown) => {
  const result = planRequest.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('planRequest', () => {
  it('fills defaults so that direction, date and days are enough', () => {
    const request = planRequest.parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5 });
    expect(request).toMatchObject({ pace: 'balanced', budget: 'mid', locale: 'en', keepOrder: false, mustSee: [], avoid: [], pinned: [], travellers: { adults: 2, children: 0 } });
  });

  it.each([
    [{ direction: 'KR_TO_JP', startDate: '2026-12-20', days: 5 }, 'direction'],
    [{ direction: 'KR_TO_KH', startDate: '2026-13-45', days: 5 }, 'startDate'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 22 }, 'days'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 0 }, 'days'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, pace: 'frantic' }, 'pace'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, interests: { history: 2 } }, 'interests.history'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, dayStart: '9am' }, 'dayStart'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, dayStart: '18:00', dayEnd: '09:00' }, 'dayEnd'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, pinned: [{ placeId: 'x', day: 6 }] }, 'pinned.0.day'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, mustSee: ['a'], avoid: ['a'] }, 'mustSee.0'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, homeAirport: 'Incheon' }, 'homeAirport'],
    [{ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, surprise: true }, ''],
  ])('rejects %j at %s', (input, field) => {
    expect(issues(input)).toContain(field);
  });
});

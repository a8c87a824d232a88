/**
 * Regression fixtures of issue 13's items 7 and 8: travel as a second objective (Jeju days crossed
 * the island after lunch and back) and long trips used (days with one visit or none while places
 * were left unseen, and no word that the stay outlasted the destination).
 */
import { describe, expect, it } from 'vitest';
import type { Itinerary, ItineraryItem } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequestInput } from '@/lib/planner/request';
import { fullDaysUsed, isFullSightseeingDay, spareDaysWarning } from './believability/rules/full-days-used';
import { catalog, parse } from './support';

const minutes = (item: ItineraryItem) => (Date.parse(item.end) - Date.parse(item.start)) / 60_000;
const visits = (items: readonly ItineraryItem[]) => items.filter((item) => item.type === 'visit').length;

/** Share of the time from the end of lunch to the last local item that is spent on local rides. */
function afternoonTravelShare(itinerary: Itinerary): number {
  let road = 0;
  let out = 0;
  for (const day of itinerary.days) {
    const lunch = day.items.find((item) => item.type === 'meal' && item.title.code.startsWith('lunch'));
    const local = day.items.filter((item) => item.type !== 'free' && item.type !== 'flight' && item.type !== 'transfer' && item.fromHub === undefined);
    const last = local[local.length - 1];
    if (!lunch || !last) continue;
    road += local.filter((item) => item.type === 'travel' && item.start >= lunch.end).reduce((sum, item) => sum + minutes(item), 0);
    out += (Date.parse(last.end) - Date.parse(lunch.end)) / 60_000;
  }
  return road / out;
}

describe('long trips are used', () => {
  it('ten-day-siem-reap-one-visit-days: every full day of a 10-day Siem Reap trip has at least two visits', () => {
    const cases = [
      { startDate: '2027-01-11', pace: 'balanced', children: 0 },
      { startDate: '2027-06-21', pace: 'balanced', children: 2 },
      { startDate: '2027-04-05', pace: 'packed', children: 0 },
    ] as const;
    for (const { startDate, pace, children } of cases) {
      const request = parse({ direction: 'KR_TO_KH', startDate, days: 10, destinations: ['siem-reap'], pace, travellers: { adults: 2, children } });
      const itinerary = planTrip(request, catalog);
      const full = itinerary.days.filter(isFullSightseeingDay);
      expect(full.length).toBeGreaterThan(5);
      // Every full day has two visits, or a day trip (the Tonle Sap villages, Kulen) that takes the day.
      expect(fullDaysUsed.violations(itinerary, request, catalog), `${startDate} ${pace}`).toEqual([]);
      // Siem Reap has places enough for ten days: no excuse is needed.
      expect(spareDaysWarning(itinerary, 'siem-reap')).toBeUndefined();
    }
  });

  it('twenty-one-day-trip-empty-days: a 21-day trip fills what its places can and says plainly, with numbers, that the stay outlasts them', () => {
    const inputs: PlanRequestInput[] = [
      { direction: 'KR_TO_KH', startDate: '2027-01-11', days: 21, destinations: ['phnom-penh'], pace: 'balanced' },
      { direction: 'KR_TO_KH', startDate: '2027-01-11', days: 21, destinations: ['siem-reap'], pace: 'relaxed' },
      { direction: 'KH_TO_KR', startDate: '2027-04-05', days: 21, destinations: ['gyeongju'], pace: 'packed' },
    ];
    for (const input of inputs) {
      const request = parse(input);
      const itinerary = planTrip(request, catalog);
      const slug = (input.destinations as string[])[0] as string;
      expect(fullDaysUsed.violations(itinerary, request, catalog), slug).toEqual([]);
      const least = request.pace === 'relaxed' ? 1 : 2;
      const full = itinerary.days.filter(isFullSightseeingDay);
      const short = full.filter((day) => visits(day.items) < least);
      const spare = spareDaysWarning(itinerary, slug);
      if (short.length === 0) {
        // Every full day is used: nothing to excuse.
        expect(spare, slug).toBeUndefined();
        continue;
      }
      expect(spare, slug).toBeDefined();
      // The numbers are the plan's: days filled plus the short days are at most the days spent sightseeing.
      expect(spare?.filled, slug).toBeLessThanOrEqual((spare?.days ?? 0) - short.length);
      expect(spare?.filled, slug).toBeGreaterThanOrEqual(full.length - short.length);
    }
  });
});

describe('travel as a second objective', () => {
  it('jeju-crosses-island-after-lunch: Jeju afternoons of 5–10-day trips spend under a third of their time on the road', () => {
    for (let days = 5; days <= 10; days++) {
      const itinerary = planTrip(parse({ direction: 'KH_TO_KR', startDate: '2027-01-11', days, destinations: ['jeju'] }), catalog);
      expect(afternoonTravelShare(itinerary), `${days} days`).toBeLessThan(1 / 3);
    }
  });
});

/**
 * Meals, rest and the rhythm of a family's day (believable-plans issue, items 3 and 5). Regressions:
 * the 6-day family Siem Reap trip from 2027-04-10 had "Dinner near Pre Rup" and "near Preah Khan"
 * inside the Angkor park, no breakfast on any day, and 5–6 visits a day with no rest in the April heat.
 */
import { describe, expect, it } from 'vitest';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequestInput } from '@/lib/planner/request';
import { familyRest } from './believability/rules/family-rest';
import { mealsAtPlaces } from './believability/rules/meals-at-places';
import { noDinnerInTheTemplePark } from './believability/rules/no-dinner-in-the-temple-park';
import { catalog, parse } from './support';

const FAMILY_IN_SIEM_REAP: PlanRequestInput = { direction: 'KR_TO_KH', startDate: '2027-04-10', days: 6, destinations: ['siem-reap'], travellers: { adults: 2, children: 2 } };

describe('meals and rest', () => {
  it('dinner-near-pre-rup: dinner is in town or near the stay, never beside a temple of the Angkor park', () => {
    for (const input of [FAMILY_IN_SIEM_REAP, { ...FAMILY_IN_SIEM_REAP, travellers: { adults: 2, children: 0 } }]) {
      const request = parse(input);
      const itinerary = planTrip(request, catalog);
      expect(noDinnerInTheTemplePark.violations(itinerary, request, catalog)).toEqual([]);
      const dinners = itinerary.days.flatMap((d) => d.items.filter((i) => i.title.code === 'dinnerNear' || i.title.code === 'dinnerAt'));
      expect(dinners.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('no-breakfast-anywhere: every full sightseeing day has breakfast, lunch and dinner, in Cambodia and Korea', () => {
    const trips: PlanRequestInput[] = [
      FAMILY_IN_SIEM_REAP,
      { direction: 'KH_TO_KR', startDate: '2027-05-03', days: 7, destinations: ['seoul', 'jeju'] },
      { direction: 'KR_TO_KH', startDate: '2027-01-11', days: 7, destinations: ['phnom-penh', 'siem-reap'], pace: 'packed', budget: 'budget' },
    ];
    for (const input of trips) {
      const request = parse(input);
      const itinerary = planTrip(request, catalog);
      expect(mealsAtPlaces.violations(itinerary, request, catalog), JSON.stringify(input)).toEqual([]);
      expect(itinerary.days.some((d) => d.items.some((i) => i.title.code.startsWith('breakfast')))).toBe(true);
    }
  });

  it('family-five-visits-no-rest: a family in the April heat has at most four visits a day and rests after lunch', () => {
    const request = parse(FAMILY_IN_SIEM_REAP);
    const itinerary = planTrip(request, catalog);
    expect(familyRest.violations(itinerary, request, catalog)).toEqual([]);
    const rests = itinerary.days.flatMap((d) => d.items.filter((i) => i.title.code === 'restAtStay' || i.title.code === 'restNear'));
    expect(rests.length).toBeGreaterThanOrEqual(3);
    // The same trip in the cool season keeps no midday rest (the heat is the reason), but still fewer visits.
    const january = parse({ ...FAMILY_IN_SIEM_REAP, startDate: '2027-01-10' });
    const cool = planTrip(january, catalog);
    expect(cool.days.flatMap((d) => d.items.filter((i) => i.title.code.startsWith('rest')))).toEqual([]);
    expect(familyRest.violations(cool, january, catalog)).toEqual([]);
  });

  it('lunch and dinner are eaten at food places of the data when one is on the way (Seoul has many)', () => {
    const itinerary = planTrip(parse({ direction: 'KH_TO_KR', startDate: '2027-05-03', days: 6, destinations: ['seoul'] }), catalog);
    const meals = itinerary.days.flatMap((d) => d.items.filter((i) => i.type === 'meal' && !i.title.code.startsWith('breakfast')));
    const atPlaces = meals.filter((i) => i.title.code.endsWith('At'));
    expect(atPlaces.length).toBeGreaterThanOrEqual(meals.length / 2);
  });
});

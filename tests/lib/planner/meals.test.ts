import { describe, expect, it } from 'vitest';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequestInput } from '@/lib/planner/request';
import { catalog, parse } from './support';

const TRIPS: PlanRequestInput[] = [
  { direction: 'KR_TO_KH', startDate: '2026-12-14', days: 7, destinations: ['siem-reap'] },
  { direction: 'KR_TO_KH', startDate: '2027-08-02', days: 7, destinations: ['phnom-penh', 'siem-reap'] },
  { direction: 'KH_TO_KR', startDate: '2027-04-05', days: 7, destinations: ['seoul', 'gyeongju'] },
  { direction: 'KH_TO_KR', startDate: '2026-12-14', days: 7, destinations: ['jeju'] },
];

describe('meals', () => {
  it('every full sightseeing day has a breakfast, a lunch and a dinner, at every pace', () => {
    for (const pace of ['relaxed', 'balanced', 'packed'] as const) {
      for (const trip of TRIPS) {
        const { days } = planTrip(parse({ ...trip, pace }), catalog);
        // Days with a flight or transfer are cut by travel; a day with no visit is spent travelling.
        const full = days.filter((d) => d.items.some((i) => i.type === 'visit') && !d.items.some((i) => i.type === 'flight' || i.type === 'transfer' || i.fromHub));
        expect(full.length).toBeGreaterThan(2);
        for (const day of full) {
          const meals = day.items.filter((i) => i.type === 'meal');
          const where = `${pace} ${trip.destinations?.join('+')} day ${day.dayNumber}`;
          expect(meals.map((i) => i.title.code.replace(/(AtStay|At|Near)$/, '')), where).toEqual(['breakfast', 'lunch', 'dinner']);
          const hours = meals.map((i) => Number(i.start.slice(11, 13)));
          expect(hours[0], where).toBeLessThan(11);
          expect(hours[1], where).toBeLessThan(14);
          expect(hours[2], where).toBeGreaterThanOrEqual(18);
          // Breakfast comes before every visit but a sunrise outing.
          const firstVisit = day.items.find((i) => i.type === 'visit' && catalog.places.get(i.placeId ?? '')?.place.bestTime !== 'sunrise');
          if (firstVisit) expect(meals[0]!.end <= firstVisit.start, where).toBe(true);
        }
      }
    }
  });

  it('a meal at a food place of the data names that place and is within its opening hours', () => {
    const { days } = planTrip(parse({ direction: 'KH_TO_KR', startDate: '2027-04-05', days: 7, destinations: ['seoul', 'gyeongju'] }), catalog);
    const atPlaces = days.flatMap((d) => d.items.filter((i) => i.type === 'meal' && i.placeId));
    expect(atPlaces.length).toBeGreaterThan(3);
    for (const meal of atPlaces) {
      const entry = catalog.places.get(meal.placeId!);
      expect(meal.title.params?.place).toEqual({ ref: 'places', id: meal.placeId });
      expect(entry?.place.category === 'food' || entry?.place.interests.includes('food'), meal.placeId).toBe(true);
      expect([meal.lat, meal.lon]).toEqual([entry?.place.lat, entry?.place.lon]);
    }
  });

  it('a dinner that ends the day far from the hotel is eaten near the hotel', () => {
    const trips = [
      { direction: 'KR_TO_KH', startDate: '2026-12-14', days: 5, pace: 'relaxed', destinations: ['phnom-penh', 'siem-reap'] },
      { direction: 'KR_TO_KH', startDate: '2026-12-14', days: 7, pace: 'balanced', destinations: ['siem-reap'] },
    ] as const;
    const days = trips.flatMap((trip) => planTrip(parse({ ...trip, destinations: [...trip.destinations] }), catalog).days);
    let endingWithDinner = 0;
    for (const day of days) {
      const items = day.items;
      const dinner = items.findLastIndex((i) => i.type === 'meal' && Number(i.start.slice(11, 13)) >= 18);
      if (dinner < 0 || items.slice(dinner + 1).some((i) => i.type !== 'travel')) continue;
      endingWithDinner += 1;
      // The day ends with dinner and the ride home: that ride is short (or there is none).
      const home = items.slice(dinner + 1).find((i) => i.type === 'travel');
      if (home) expect((Date.parse(home.end) - Date.parse(home.start)) / 60_000, `day ${day.dayNumber}`).toBeLessThanOrEqual(20);
      // Dinner at the stay: the ride back leaves straight after the last sight, and spare time is spent at the stay.
      const ride = items.findLastIndex((i, k) => k < dinner && i.type === 'travel');
      if (day.stay.kind === 'area' && items[dinner]!.lat === day.stay.lat && items[ride]?.lat === day.stay.lat) expect(items[ride - 1]?.type, `day ${day.dayNumber}`).not.toBe('free');
    }
    expect(endingWithDinner).toBeGreaterThanOrEqual(2);
  });
});

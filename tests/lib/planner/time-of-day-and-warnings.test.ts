/**
 * Regression fixtures of the believable-plans issue, items 2 (time of day) and 4 (the plan follows its
 * own warnings), each named after the bug seen and each failing on the planner before the fix:
 * sunrise places booked in the afternoon, sunset places in the morning, 05:00 starts two days running
 * and on the day of the flight home, Angkor temples at noon in the hot season, and markets visited on
 * Khmer New Year while the plan warned that many businesses close.
 */
import { describe, expect, it } from 'vitest';
import { holidaysOn } from '@/lib/data/holidays';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequestInput } from '@/lib/planner/request';
import { spansSunWindow, sunWindow } from '@/lib/planner/sun-visit';
import { noOutdoorTemplesAtHotNoon } from './believability/rules/no-outdoor-temples-at-hot-noon';
import { noSunriseOnDepartureOrConsecutiveDays } from './believability/rules/no-sunrise-on-departure-or-consecutive-days';
import { openOnTheDay } from './believability/rules/open-on-the-day';
import { sunTimesRule } from './believability/rules/sun-times';
import { visitsOf } from './believability/visits';
import { catalog, parse } from './support';

function plan(input: PlanRequestInput): { itinerary: Itinerary; request: ReturnType<typeof parse> } {
  const request = parse(input);
  return { itinerary: planTrip(request, catalog), request };
}

/** Visits to sunrise or sunset places, with whether each spans its sun window. */
function sunVisits(itinerary: Itinerary) {
  return visitsOf(itinerary, catalog).flatMap((v) => {
    const sun = sunWindow(v.place, v.day.date, v.destination.timezone);
    return sun ? [{ ...v, sun, spans: spansSunWindow(sun, v.start, v.end) }] : [];
  });
}

describe('time of day', () => {
  it('sunrise-place-at-1620: a sunrise place is seen at sunrise when the stay has a morning for it', () => {
    // Before the fix: day 2 siem-reap-angkor-wat 12:30–15:30 with eleven free mornings to follow.
    const { itinerary, request } = plan({ direction: 'KR_TO_KH', startDate: '2026-01-04', days: 14, destinations: ['siem-reap'], pace: 'packed', budget: 'luxury', travellers: { adults: 2, children: 3 } });
    const angkorWat = sunVisits(itinerary).filter((v) => v.place.id === 'siem-reap-angkor-wat');
    expect(angkorWat.map((v) => v.spans)).toEqual([true]);
    expect(sunTimesRule.violations(itinerary, request, catalog)).toEqual([]);
    // A stay of only an arrival afternoon and a departure morning still sees Seongsan, at an ordinary time and without the claim.
    const short = plan({ direction: 'KH_TO_KR', startDate: '2027-01-11', days: 4, destinations: ['seoul', 'jeju'], pace: 'balanced' });
    const seongsan = sunVisits(short.itinerary).filter((v) => v.place.id === 'jeju-seongsan-ilchulbong');
    expect(seongsan.map((v) => v.item.notes?.some((n) => n.code === 'sunrise') ?? false)).toEqual(seongsan.map((v) => v.spans));
    expect(sunTimesRule.violations(short.itinerary, short.request, catalog)).toEqual([]);
  });

  it('sunset-place-in-the-morning: Phnom Bakheng is seen at sunset or not at all, never at 10:00 on the day of the flight home', () => {
    const { itinerary, request } = plan({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 6, destinations: ['siem-reap'], pace: 'balanced' });
    // Before the fix: day 6 siem-reap-phnom-bakheng 10:10–11:10.
    const sunsetPlaces = sunVisits(itinerary).filter((v) => v.sun.kind === 'sunset');
    expect(sunsetPlaces.filter((v) => !v.spans).map((v) => v.label)).toEqual([]);
    expect(sunsetPlaces.length).toBeGreaterThan(0);
    // Every claim of a sunset (or sunrise) is a visit there for the whole window.
    for (const v of sunVisits(itinerary)) {
      const claimed = v.item.notes?.some((n) => n.code === v.sun.kind) ?? false;
      expect(claimed, v.label).toBe(v.spans);
    }
    expect(sunTimesRule.violations(itinerary, request, catalog)).toEqual([]);
  });

  it('sunrise-two-days-running-and-on-departure-day: a 4-day Siem Reap trip has one sunrise start, not on the day it flies home', () => {
    const { itinerary, request } = plan({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['siem-reap'], pace: 'relaxed' });
    // Before the fix: sunrise starts on days 3 and 4, and day 4 ends with the flights home.
    const sunriseDays = sunVisits(itinerary).filter((v) => v.sun.kind === 'sunrise' && v.start <= v.sun.moment).map((v) => v.day.dayNumber);
    expect(sunriseDays).toEqual([3]);
    expect(noSunriseOnDepartureOrConsecutiveDays.violations(itinerary, request, catalog)).toEqual([]);
  });

  it('a sunrise the traveller pins to the departure day is kept', () => {
    const { itinerary } = plan({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['siem-reap'], pace: 'relaxed', pinned: [{ placeId: 'siem-reap-srah-srang', day: 4 }] });
    const day4 = sunVisits(itinerary).filter((v) => v.day.dayNumber === 4 && v.place.id === 'siem-reap-srah-srang');
    expect(day4.map((v) => v.spans)).toEqual([true]);
  });
});

describe('the plan follows its own warnings', () => {
  const hotKhmerNewYear: PlanRequestInput = { direction: 'KR_TO_KH', startDate: '2027-04-11', days: 6, destinations: ['siem-reap'], pace: 'balanced' };

  it('temples-at-noon-in-hot-season: no Angkor temple between 12:00 and 14:00 in April', () => {
    const { itinerary, request } = plan(hotKhmerNewYear);
    // Before the fix: day 2 siem-reap-bayon 13:05–14:35, with the hot-season warning "rest at midday".
    expect(itinerary.warnings.some((w) => w.code === 'season_hot')).toBe(true);
    expect(noOutdoorTemplesAtHotNoon.violations(itinerary, request, catalog)).toEqual([]);
    // The temples are still seen, at dawn and in the afternoon.
    expect(visitsOf(itinerary, catalog).filter((v) => v.place.fee.kind === 'pass').length).toBeGreaterThan(8);
  });

  it('market-on-khmer-new-year: no market on the three days of Khmer New Year in Siem Reap or Phnom Penh', () => {
    for (const destinations of [['siem-reap'], ['phnom-penh'], ['phnom-penh', 'siem-reap']]) {
      const { itinerary, request } = plan({ ...hotKhmerNewYear, destinations });
      // Before the fix: day 4 (2027-04-14, Khmer New Year day 1) siem-reap-psar-chas 08:40–09:40.
      const onNewYear = visitsOf(itinerary, catalog).filter((v) => v.place.category === 'market' && holidaysOn('KH', v.day.date).some((h) => h.id === 'khmer-new-year'));
      expect(onNewYear.map((v) => v.label), destinations.join('+')).toEqual([]);
      expect(openOnTheDay.violations(itinerary, request, catalog), destinations.join('+')).toEqual([]);
    }
  });

  it('no market or museum on a day Seollal closes it in Seoul', () => {
    const { itinerary, request } = plan({ direction: 'KH_TO_KR', startDate: '2027-02-04', days: 7, destinations: ['seoul'], pace: 'packed', interests: { shopping: 1, history: 1 } });
    expect(openOnTheDay.violations(itinerary, request, catalog)).toEqual([]);
    const namdaemun = visitsOf(itinerary, catalog).filter((v) => v.place.id === 'seoul-namdaemun-market' && holidaysOn('KR', v.day.date).some((h) => h.id === 'seollal'));
    expect(namdaemun.map((v) => v.label)).toEqual([]);
  });
});

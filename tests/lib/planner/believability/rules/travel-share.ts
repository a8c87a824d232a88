/**
 * Travel does not dominate a day: on a full sightseeing day, the local rides and walks take at most
 * MAX_TRAVEL_SHARE of the time out (from leaving the stay to getting back). A day spent on a day
 * trip (a place tagged dayTrip) is exempt: the ride there is the point of it.
 *
 * N from measurements, day trips left out. Over 1,125 full days (every destination alone, 3–14
 * days, every pace, winter, hot-season and monsoon starts) the worst day travelled 48 % of its time
 * out before the travel-reducing phase (p99 40 %) and 42 % after it (p99 37 %). Over 300 plans of the
 * believability grid (budget travellers on Jeju's buses included), the worst was 64 % before and
 * 50 % after. 55 % is the line: above every plan measured now, below the worst of before.
 */
import { isFullSightseeingDay } from './full-days-used';
import type { BelievabilityRule } from '../rule';

export const MAX_TRAVEL_SHARE = 0.55;

const minutes = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

export const travelShare: BelievabilityRule = {
  name: 'travel-share',
  violations(itinerary, _request, catalog) {
    return itinerary.days.flatMap((day) => {
      if (!isFullSightseeingDay(day)) return [];
      if (day.items.some((item) => item.placeId !== undefined && catalog.places.get(item.placeId)?.place.tags.includes('dayTrip'))) return [];
      const out = day.items.filter((item) => item.type !== 'free');
      const first = out[0];
      const last = out[out.length - 1];
      if (!first || !last) return [];
      const travel = out.filter((item) => item.type === 'travel').reduce((sum, item) => sum + minutes(item.start, item.end), 0);
      const share = travel / minutes(first.start, last.end);
      return share > MAX_TRAVEL_SHARE ? [`day ${day.dayNumber} ${day.destination}: ${Math.round(share * 100)} % of the day out is travel`] : [];
    });
  },
};

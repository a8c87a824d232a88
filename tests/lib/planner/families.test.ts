/**
 * Who travels shapes the plan. Regression (believable-plans issue): a family with two children was
 * sent to Pub Street 20:00–22:00, and packed days ran to 22:30. With children the planner offers no
 * nightlife place unless it is meant for families (the Phare circus) or asked for, and every day is
 * over by 21:30, the ride back to the stay included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Itinerary, ItineraryItem } from '@/lib/planner/itinerary';
import { FAMILY_DAY_END } from '@/lib/planner/party';
import { planTrip } from '@/lib/planner/plan-trip';
import { catalog, localParts, parse, requestArb } from './support';

/** Items at nightlife places not meant for families (of one type, or any: a visit or a meal there). */
function nightlifeVisits(itinerary: Itinerary, type?: ItineraryItem['type']): string[] {
  return itinerary.days.flatMap((d) =>
    d.items.flatMap((i) => {
      if (type && i.type !== type) return [];
      const place = i.placeId ? catalog.places.get(i.placeId)?.place : undefined;
      return place && place.category === 'nightlife' && !place.tags.includes('kidFriendly') ? [`day ${d.dayNumber} ${place.id}`] : [];
    }),
  );
}

/** Items other than flights, transfers and intercity legs that end after `limit` on their own day. */
function lateItems(itinerary: Itinerary, limit: number): string[] {
  return itinerary.days.flatMap((d) =>
    d.items
      .filter((i) => i.type !== 'flight' && i.type !== 'transfer' && i.fromHub === undefined)
      .filter((i) => localParts(i.end).date !== d.date || localParts(i.end).minutes > limit)
      .map((i) => `day ${d.dayNumber} ${i.type} ${i.placeId ?? ''} ${i.start.slice(11, 16)}–${i.end.slice(11, 16)}`),
  );
}

describe('a family with children', () => {
  it('family-sent-to-pub-street: a packed Siem Reap week with a liking for nightlife has no bar street and no late night', () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 6, destinations: ['siem-reap'], pace: 'packed', travellers: { adults: 2, children: 2 }, interests: { nightlife: 1, food: 1 } });
    const itinerary = planTrip(request, catalog);
    expect(nightlifeVisits(itinerary)).toEqual([]);
    expect(lateItems(itinerary, FAMILY_DAY_END)).toEqual([]);
    // The same trip without children still goes out (the rule is the party's, not the data's).
    const adults = planTrip(parse({ ...request, travellers: { adults: 2, children: 0 } }), catalog);
    expect(nightlifeVisits(adults).length).toBeGreaterThan(0);
  });

  it('still gets a nightlife place the traveller names', () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 5, destinations: ['siem-reap'], travellers: { adults: 2, children: 1 }, mustSee: ['siem-reap-pub-street'] });
    // Visited once; its restaurants may also serve the family's dinners (meals at food places).
    const visits = nightlifeVisits(planTrip(request, catalog), 'visit');
    expect(visits).toHaveLength(1);
  });

  it('never gets an unasked nightlife place nor a day ending after 21:30, for any trip (property)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 3 }), (input, children) => {
        const request = parse({ ...input, travellers: { adults: input.travellers?.adults ?? 2, children }, mustSee: [] });
        let itinerary: Itinerary;
        try {
          itinerary = planTrip(request, catalog);
        } catch {
          return; // a trip too short for the flights has nothing to check
        }
        expect(nightlifeVisits(itinerary)).toEqual([]);
        expect(lateItems(itinerary, FAMILY_DAY_END)).toEqual([]);
      }),
      { numRuns: 25, seed: 20261204 },
    );
  });
});

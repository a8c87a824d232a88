/**
 * Regression fixtures for transfers locals use (Incheon ⇄ Gimpo straight across, notes naming the
 * right ends) and for the Angkor Pass bought for the days it is used.
 */
import { describe, expect, it } from 'vitest';
import { planTrip } from '@/lib/planner/plan-trip';
import { angkorPassCheapest } from './believability/rules/angkor-pass-cheapest';
import { transfersDirect } from './believability/rules/transfers-direct';
import { catalog, parse } from './support';

describe('transfers and passes', () => {
  it('angkor-over-nine-days-needs-7-day-pass: a 10-day Siem Reap trip puts its temples on the days of one 3-day pass', () => {
    // A temple lover's ten days: before, temples were on days 2–9 (eight entry days: no pass covers them).
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 10, destinations: ['siem-reap'], pace: 'balanced', interests: { history: 1 }, travellers: { adults: 2, children: 0 } });
    const itinerary = planTrip(request, catalog);
    expect(angkorPassCheapest.violations(itinerary, request, catalog)).toEqual([]);
    const templeDays = itinerary.days.filter((d) => d.items.some((i) => i.type === 'visit' && catalog.places.get(i.placeId ?? '')?.place.fee.kind === 'pass'));
    expect(templeDays.length).toBeLessThanOrEqual(3);
    const note = itinerary.warnings.find((w) => w.code === 'pass_days');
    expect(note?.text.params?.days).toBe(3);
    // The other days still have things to do: town, the lake, the hills.
    const withVisits = itinerary.days.filter((d) => d.items.some((i) => i.type === 'visit'));
    expect(withVisits.length).toBeGreaterThan(5);
  });

  it('a temple pinned late in the stay pulls the pass days towards it, within one pass', () => {
    const request = parse({
      direction: 'KR_TO_KH',
      startDate: '2027-01-11',
      days: 10,
      destinations: ['siem-reap'],
      pinned: [{ placeId: 'siem-reap-ta-prohm', day: 9 }],
      travellers: { adults: 2, children: 0 },
    });
    const itinerary = planTrip(request, catalog);
    expect(angkorPassCheapest.violations(itinerary, request, catalog)).toEqual([]);
    expect(itinerary.days[8]!.items.some((i) => i.placeId === 'siem-reap-ta-prohm')).toBe(true);
  });

  it('icn-to-gmp-via-seoul-station: landing at Incheon for a Gimpo–Jeju flight takes the AREX all-stop train straight to Gimpo', () => {
    const request = parse({ direction: 'KH_TO_KR', startDate: '2027-01-11', days: 6, destinations: ['jeju', 'seoul'], keepOrder: true, pace: 'balanced', budget: 'mid', travellers: { adults: 2, children: 0 } });
    const itinerary = planTrip(request, catalog);
    expect(transfersDirect.violations(itinerary, request, catalog)).toEqual([]);
    const across = itinerary.days.flatMap((d) => d.items).filter((i) => i.fromHub === 'ICN' && i.toHub === 'GMP');
    expect(across).toHaveLength(1);
    expect(across[0]).toMatchObject({ type: 'transfer', mode: 'airport_rail', title: { code: 'transferTo', params: { place: { ref: 'hubs', id: 'GMP' } } } });
  });

  it('transfer-note-says-central-seoul: the ride to Gimpo is named after Gimpo, the ride in after the hotel area, and no note points elsewhere', () => {
    const request = parse({ direction: 'KH_TO_KR', startDate: '2027-01-11', days: 7, destinations: ['seoul', 'jeju'], keepOrder: true, pace: 'balanced', budget: 'mid', travellers: { adults: 2, children: 0 } });
    const itinerary = planTrip(request, catalog);
    expect(transfersDirect.violations(itinerary, request, catalog)).toEqual([]);
    const items = itinerary.days.flatMap((d) => d.items);
    const toGimpo = items.find((i) => i.type === 'transfer' && i.toHub === 'GMP' && i.fromHub === undefined);
    expect(toGimpo?.title.params?.place).toEqual({ ref: 'hubs', id: 'GMP' });
    expect(JSON.stringify(toGimpo?.notes)).not.toMatch(/central Seoul/);
    const intoSeoul = itinerary.days.find((d) => d.items.some((i) => i.type === 'transfer' && i.fromHub === 'ICN'));
    const ride = intoSeoul?.items.find((i) => i.type === 'transfer' && i.fromHub === 'ICN');
    expect(ride?.title.params?.place).toEqual({ ref: 'stayAreas', id: intoSeoul?.stay.id });
  });
});

import { describe, expect, it } from 'vitest';
import { haversineKm } from '@/lib/geo/distance';
import { planTrip } from '@/lib/planner/plan-trip';
import { bestStayArea, stayAreasForNights } from '@/lib/planner/stay-areas';
import { catalog, parse } from './support';

const destination = (slug: string) => catalog.destinationsBySlug.get(slug)!;

describe('stay areas', () => {
  it('stay in one area in a compact city, whatever the length', () => {
    const seoul = destination('seoul');
    for (const nights of [1, 3, 6, 12]) {
      const areas = stayAreasForNights(seoul, nights, parse({ direction: 'KH_TO_KR', startDate: '2027-04-12', days: 14 }), seoul.center, seoul.center);
      expect(new Set(areas.map((a) => a.id)).size).toBe(1);
      expect(areas).toHaveLength(nights);
    }
  });

  it('split a long Jeju stay between two areas far apart, never for one or two nights', () => {
    const jeju = destination('jeju');
    const request = parse({ direction: 'KH_TO_KR', startDate: '2027-04-12', days: 8, interests: { nature: 1 } });
    const airport = catalog.hubsByCode.get('CJU')!;
    for (const nights of [1, 2]) expect(new Set(stayAreasForNights(jeju, nights, request, airport, airport).map((a) => a.id)).size).toBe(1);
    const areas = stayAreasForNights(jeju, 5, request, airport, airport);
    const distinct = [...new Set(areas)];
    expect(distinct).toHaveLength(2);
    expect(haversineKm(distinct[0]!, distinct[1]!)).toBeGreaterThanOrEqual(15);
    // One change of hotel: all nights in the first area come before all in the second.
    expect(areas.findIndex((a) => a === distinct[1])).toBe(areas.lastIndexOf(distinct[0]!) + 1);
    for (const area of areas) expect(area.priceLevels).toContain('mid');
  });

  it('choose an area of the right price level, the one nearest the places that matter', () => {
    const jeju = destination('jeju');
    const luxury = bestStayArea(jeju, parse({ direction: 'KH_TO_KR', startDate: '2027-04-12', days: 5, budget: 'luxury' }));
    expect(luxury.priceLevels).toContain('luxury');
    // The interests move the stay: adventure (Seongsan, Udo, Hallasan's east) sleeps in the east.
    const adventure = bestStayArea(jeju, parse({ direction: 'KH_TO_KR', startDate: '2027-04-12', days: 5, interests: { history: 0, culture: 0, nature: 0, food: 0, shopping: 0, nightlife: 0, art: 0, family: 0, adventure: 1, photography: 0 } }));
    expect(adventure.lon).toBeGreaterThan(126.85);
  });

  it('keep the hotel when single places are avoided or asked for: the hotel is a trip setting, so place edits stay local', () => {
    const jeju = destination('jeju');
    const base = parse({ direction: 'KH_TO_KR', startDate: '2027-04-12', days: 5 });
    const west = jeju.places.filter((p) => p.lon < 126.5).map((p) => p.id);
    expect(bestStayArea(jeju, parse({ ...base, avoid: west }))).toBe(bestStayArea(jeju, base));
    expect(bestStayArea(jeju, parse({ ...base, mustSee: ['jeju-udo'] }))).toBe(bestStayArea(jeju, base));
  });

  it('plan a 6-day Jeju trip with one announced change of hotel, and each day ending where its night is spent', () => {
    const itinerary = planTrip(parse({ direction: 'KH_TO_KR', startDate: '2027-04-12', days: 6, destinations: ['jeju'], interests: { nature: 1 } }), catalog);
    const nights = itinerary.days.filter((d, i) => d.stay.kind === 'area' && itinerary.days[i + 1]?.destination === 'jeju');
    const ids = nights.map((d) => d.stay.id);
    expect(new Set(ids).size).toBe(2);
    const switchDay = itinerary.days.find((d, i) => d.stay.kind === 'area' && i > 0 && itinerary.days[i - 1]!.stay.kind === 'area' && itinerary.days[i - 1]!.stay.id !== d.stay.id)!;
    expect(itinerary.warnings.filter((w) => w.code === 'change_stay').map((w) => w.dayNumber)).toEqual([switchDay.dayNumber]);
    for (const day of nights) {
      // The day's last local journey ends at the stay where the night is spent.
      const last = day.items.filter((i) => i.type === 'travel' && !i.fromHub && !i.toHub).at(-1)!;
      expect([last.lat, last.lon]).toEqual([day.stay.lat, day.stay.lon]);
    }
  });

  it('spend the day of the hotel change on the way from one area to the other', () => {
    let changeDays = 0;
    for (const [startDate, days] of [['2027-01-11', 6], ['2027-04-12', 8], ['2027-07-05', 10]] as const) {
      const itinerary = planTrip(parse({ direction: 'KH_TO_KR', startDate, days, destinations: ['jeju'] }), catalog);
      for (const w of itinerary.warnings.filter((x) => x.code === 'change_stay')) {
        const from = itinerary.days[w.dayNumber! - 2]!.stay as { lat: number; lon: number };
        const to = itinerary.days[w.dayNumber! - 1]!.stay as { lat: number; lon: number };
        const direct = haversineKm(from, to);
        changeDays += 1;
        for (const visit of itinerary.days[w.dayNumber! - 1]!.items.filter((i) => i.type === 'visit')) {
          const detour = haversineKm(from, { lat: visit.lat!, lon: visit.lon! }) + haversineKm({ lat: visit.lat!, lon: visit.lon! }, to) - direct;
          expect(detour, `${startDate} day ${w.dayNumber} ${visit.placeId}`).toBeLessThanOrEqual(Math.max(10, direct / 2) + 1e-9);
        }
      }
    }
    expect(changeDays).toBeGreaterThanOrEqual(3);
  });
});


import { describe, expect, it } from 'vitest';
import { openIntervals } from '@/lib/data/opening-hours';
import { sunTimes } from '@/lib/geo/sun';
import { ValidationError } from '@/lib/errors';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import { weekday } from '@/lib/time/local-time';
import { catalog, localParts, parse } from './support';

describe('worked examples', () => {
  it('a 5-day Korea → Cambodia trip sees Angkor Wat at sunrise', () => {
    const itinerary = planTrip(parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, destinations: ['siem-reap'] }), catalog);
    const visits = itinerary.days.flatMap((d) => d.items.filter((i) => i.placeId === 'siem-reap-angkor-wat').map((i) => ({ day: d, item: i })));
    expect(visits).toHaveLength(1);
    const { day, item } = visits[0]!;
    const angkorWat = catalog.places.get('siem-reap-angkor-wat')!.place;
    const { sunrise } = sunTimes(day.date, angkorWat, 'Asia/Phnom_Penh');
    const start = localParts(item.start).minutes;
    expect(start).toBeLessThanOrEqual(sunrise - 15);
    expect(start).toBeGreaterThanOrEqual(sunrise - 60);
    expect(item.start.endsWith('+07:00')).toBe(true);
    // The flights: out from Incheon in Korean time, back into Incheon.
    const flights = itinerary.days.flatMap((d) => d.items.filter((i) => i.type === 'flight'));
    expect(flights[0]).toMatchObject({ fromHub: 'ICN' });
    expect(flights[0]!.start.endsWith('+09:00')).toBe(true);
    expect(flights[0]!.end.endsWith('+07:00')).toBe(true);
    expect(flights.at(-1)).toMatchObject({ toHub: 'ICN' });
    // Paid with the right Angkor Pass: one pass per adult covering the temple days.
    expect(itinerary.costs.lines.find((l) => l.kind === 'entrance_fees')!.usd).toBeGreaterThanOrEqual(2 * 37);
  });

  it('a 7-day Cambodia → Korea trip over a Tuesday visits Gyeongbokgung, but not on the Tuesday', () => {
    const request = parse({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 7, destinations: ['seoul'], mustSee: ['seoul-gyeongbokgung'] });
    const itinerary = planTrip(request, catalog);
    const seoulDays = itinerary.days.filter((d) => d.destination === 'seoul');
    expect(seoulDays.some((d) => weekday(d.date) === 2)).toBe(true);
    const visit = itinerary.days.find((d) => d.items.some((i) => i.placeId === 'seoul-gyeongbokgung'));
    expect(visit).toBeDefined();
    expect(weekday(visit!.date)).not.toBe(2);
    const gyeongbokgung = catalog.places.get('seoul-gyeongbokgung')!.place;
    const tuesday = seoulDays.find((d) => weekday(d.date) === 2)!;
    expect(openIntervals(gyeongbokgung.openingHours, 'KR', tuesday.date, 'Asia/Seoul')).toEqual([]);
    expect(itinerary.warnings.some((w) => w.code === 'closed_on_day' && w.placeId === 'seoul-gyeongbokgung' && w.dayNumber === tuesday.dayNumber)).toBe(true);
    // Cambodians need a visa for Korea: the entry rule is the first warning.
    expect(itinerary.warnings[0]!.code).toBe('entry_rules');
  });

  it('names the public holidays met in the reader\'s language (Water Festival 2027 in Phnom Penh, in Khmer)', () => {
    const itinerary = localizeItinerary(planTrip(parse({ direction: 'KR_TO_KH', startDate: '2027-11-10', days: 6, destinations: ['phnom-penh'], locale: 'km' }), catalog), 'km');
    const holidays = itinerary.warnings.filter((w) => w.code === 'public_holiday').map((w) => w.message);
    expect(holidays.filter((m) => m.includes('ព្រះរាជពិធីបុណ្យអុំទូក'))).toHaveLength(3);
    expect(holidays.join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('spends the night near Techo when a Siem Reap trip lands there too late to fly on', () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, destinations: ['siem-reap'], budget: 'mid' });
    const itinerary = planTrip(request, catalog);
    const [first, second] = itinerary.days;
    const flights = itinerary.days.flatMap((d) => d.items.filter((i) => i.type === 'flight'));
    expect(flights.slice(0, 2).map((f) => [f.fromHub, f.toHub])).toEqual([['ICN', 'KTI'], ['KTI', 'SAI']]);
    // Day 1 ends at Techo; the connection leaves the next morning, so the night is spent near the airport.
    expect(first!.items.at(-1)).toMatchObject({ type: 'flight', toHub: 'KTI' });
    expect(second!.items[0]).toMatchObject({ type: 'flight', fromHub: 'KTI', toHub: 'SAI' });
    expect(first!.stay).toMatchObject({ kind: 'hub', id: 'KTI' });
    expect(itinerary.warnings.filter((w) => w.code === 'overnight_connection').map((w) => w.dayNumber)).toEqual([1]);
    // That night is paid for: the stays cost the Siem Reap nights plus one night at a Phnom Penh rate.
    const rateOf = (area: { nightlyRate?: { mid?: { amount: number; currency: string } } }) => area.nightlyRate!.mid!;
    const siemReap = catalog.destinationsBySlug.get('siem-reap')!;
    const phnomPenhRates = catalog.destinationsBySlug.get('phnom-penh')!.stayAreas.filter((a) => a.priceLevels.includes('mid')).map((a) => rateOf(a).amount);
    const areaNights = itinerary.days.filter((d, i) => d.stay.kind === 'area' && itinerary.days[i + 1]?.destination);
    const siemReapNights = areaNights.reduce((sum, d) => sum + rateOf(siemReap.stayAreas.find((a) => a.id === d.stay.id)!).amount, 0);
    expect([...siemReap.stayAreas, ...catalog.destinationsBySlug.get('phnom-penh')!.stayAreas].every((a) => rateOf(a).currency === 'USD')).toBe(true);
    const stays = itinerary.costs.lines.find((l) => l.kind === 'stays')!.usd;
    expect(phnomPenhRates.some((rate) => Math.abs(stays - siemReapNights - rate) < 0.01), `${stays} − ${siemReapNights}`).toBe(true);
    // The summary keeps flying and ground travel apart.
    expect(itinerary.summary.flightKm).toBeGreaterThan(3000);
    expect(itinerary.summary.distanceKm).toBeLessThan(1000);
  });

  it('arrives at the first city\'s airport and leaves from the last one\'s on a two-city trip, with a move between', () => {
    const itinerary = planTrip(parse({ direction: 'KR_TO_KH', startDate: '2027-01-10', days: 8 }), catalog);
    const flights = itinerary.days.flatMap((d) => d.items.filter((i) => i.type === 'flight'));
    const destinations = [...new Set(itinerary.days.map((d) => d.destination).filter(Boolean))];
    expect(destinations).toHaveLength(2);
    const hubOf = (slug: string) => catalog.hubsByDestination.get(slug)!.filter((h) => h.kind === 'airport').map((h) => h.code);
    expect(hubOf(destinations[0]!)).toContain(flights[0]!.toHub);
    // Home from the last city: its first flight home leaves from that city's airport (connecting via Techo for Siem Reap).
    const homeward = itinerary.days.at(-1)!.items.filter((i) => i.type === 'flight');
    expect(hubOf(destinations[1]!)).toContain(homeward[0]!.fromHub);
    expect(homeward.at(-1)).toMatchObject({ toHub: 'ICN' });
  });

  it('tells the traveller to check the address of a place whose map point is approximate', () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 5, destinations: ['siem-reap'], mustSee: ['siem-reap-artisans-angkor'], locale: 'ko' });
    const visit = localizeItinerary(planTrip(request, catalog), 'ko').days.flatMap((d) => d.items).find((i) => i.placeId === 'siem-reap-artisans-angkor');
    expect(catalog.places.get('siem-reap-artisans-angkor')!.place.approximateLocation).toBe(true);
    expect(visit?.note).toContain('지도 위치는 대략적입니다');
  });

  it('keeps a pinned place on its day and at its time', () => {
    const request = parse({ direction: 'KH_TO_KR', startDate: '2027-04-05', days: 6, destinations: ['seoul'], pinned: [{ placeId: 'seoul-n-seoul-tower', day: 3, start: '19:30' }] });
    const day3 = planTrip(request, catalog).days[2]!;
    const pinned = day3.items.find((i) => i.placeId === 'seoul-n-seoul-tower');
    expect(pinned?.start).toBe(`${day3.date}T19:30:00+09:00`);
  });

  it('never plans an avoided place, even a famous one', () => {
    const itinerary = planTrip(parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 6, avoid: ['siem-reap-angkor-wat', 'phnom-penh-royal-palace'] }), catalog);
    const ids = itinerary.days.flatMap((d) => d.items.map((i) => i.placeId));
    expect(ids).not.toContain('siem-reap-angkor-wat');
    expect(ids).not.toContain('phnom-penh-royal-palace');
  });

  it('explains a must-see that is closed on every day available', () => {
    // Gyeongbokgung closes on Tuesdays: a one-day stay in Seoul on a Tuesday cannot include it.
    const request = parse({ direction: 'KH_TO_KR', startDate: '2026-12-21', days: 3, destinations: ['seoul'], mustSee: ['seoul-gyeongbokgung'] });
    const itinerary = planTrip(request, catalog);
    const visited = itinerary.days.some((d) => d.items.some((i) => i.placeId === 'seoul-gyeongbokgung'));
    const warned = itinerary.warnings.some((w) => w.placeId === 'seoul-gyeongbokgung' && w.code.startsWith('must_see'));
    expect(visited || warned).toBe(true);
    expect(visited && warned).toBe(false);
  });
});

describe('requests the data cannot satisfy', () => {
  const fields = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return ((error as ValidationError).details as { field: string }[]).map((d) => d.field);
    }
    throw new Error('expected a ValidationError');
  };

  it('names an unknown destination and a destination in the wrong country', () => {
    expect(fields(() => planTrip(parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 5, destinations: ['atlantis', 'seoul'] }), catalog))).toEqual(['destinations.0', 'destinations.1']);
  });

  it('names unknown place ids', () => {
    expect(fields(() => planTrip(parse({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 5, mustSee: ['nowhere'] }), catalog))).toEqual(['mustSee.0']);
  });

  it('names a pin on a day spent elsewhere', () => {
    expect(fields(() => planTrip(parse({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 5, destinations: ['seoul'], pinned: [{ placeId: 'seoul-gyeongbokgung', day: 1 }] }), catalog))).toEqual(['pinned.0.day']);
  });

  it('says a one-day trip is too short for the flights', () => {
    expect(fields(() => planTrip(parse({ direction: 'KR_TO_KH', startDate: '2026-12-20', days: 1 }), catalog))).toEqual(['days']);
  });
});

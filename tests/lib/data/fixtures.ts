/**
 * Small, valid raw inputs for parseCatalog, built in code so broken-record tests do not depend on
 * the real data files. Each call returns fresh objects that tests may mutate.
 */
import type { RawCatalogInput } from '@/lib/data/parse-catalog';

const text = (en: string) => ({ en, ko: `${en} 한국어`, km: `${en} ខ្មែរ` });

function place(id: string, lat: number, lon: number, country: 'KR' | 'KH', extra: Record<string, unknown> = {}) {
  return {
    id,
    name: text(id),
    description: text(`About ${id}`),
    address: '1 Test Street',
    addressLocal: country === 'KR' ? '테스트로 1' : 'ផ្លូវសាកល្បង ១',
    lat,
    lon,
    category: 'museum',
    interests: ['history'],
    importance: 5,
    visitMinutes: 60,
    openingHours: 'Mo-Su 09:00-18:00',
    fee: { kind: 'free' },
    booking: { required: false },
    facts: [{ about: ['hours', 'location'], source: 'https://example.org', checked: '2026-12-04' }],
    ...extra,
  };
}

/** A valid destination with 15 places around `center`. */
export function destinationFixture(slug: string, country: 'KR' | 'KH', center: { lat: number; lon: number }) {
  const timezone = country === 'KR' ? 'Asia/Seoul' : 'Asia/Phnom_Penh';
  return {
    slug,
    country,
    name: text(slug),
    tagline: text(`${slug} tagline`),
    timezone,
    currency: country === 'KR' ? 'KRW' : 'USD',
    center,
    bbox: { south: center.lat - 0.2, west: center.lon - 0.2, north: center.lat + 0.2, east: center.lon + 0.2 },
    climate: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, highC: 25, lowC: 15, rainMm: 50 })),
    seasons: [{ id: 'all-year', months: [1, 2, 3], name: text('Season'), advice: text('Pack light'), level: 'info' }],
    bestMonths: [3],
    transport: [
      { mode: 'walk', name: text('Walk'), speedKmh: 4, fare: { base: 0, perKm: 0, currency: 'USD' }, maxKm: 1.5, source: 'estimate' },
      { mode: 'taxi', name: text('Taxi'), speedKmh: 20, fare: { base: 1, perKm: 1, currency: 'USD' }, source: 'estimate' },
    ],
    stayAreas: [
      { id: 'centre', name: text('Centre'), description: text('Central'), lat: center.lat, lon: center.lon, priceLevels: ['mid'] },
      { id: 'river', name: text('River'), description: text('By the river'), lat: center.lat + 0.01, lon: center.lon, priceLevels: ['budget'] },
    ],
    mealCost: { budget: { amount: 5, currency: 'USD' }, mid: { amount: 12, currency: 'USD' }, luxury: { amount: 35, currency: 'USD' }, source: 'test fixture' },
    passes: [
      {
        id: 'city-pass',
        name: text('City pass'),
        options: [{ days: 1, price: { amount: 10, currency: 'USD' }, validForDays: 1 }],
        source: 'estimate',
      },
    ],
    places: Array.from({ length: 15 }, (_, i) =>
      place(`${slug}-place-${i + 1}`, center.lat + i * 0.001, center.lon, country, i === 0 ? { fee: { kind: 'pass', passId: 'city-pass' } } : {}),
    ),
    sources: ['https://example.org'],
  };
}

function hub(code: string, destination: string | null, country: 'KR' | 'KH', lat: number, lon: number) {
  return {
    code,
    kind: 'airport',
    name: text(code),
    country,
    timezone: country === 'KR' ? 'Asia/Seoul' : 'Asia/Phnom_Penh',
    lat,
    lon,
    destination,
    transfers: [{ mode: 'taxi', name: text('Taxi'), durationMinutes: 30, fare: { amount: 10, currency: 'USD' }, source: 'estimate' }],
    source: 'estimate',
  };
}

function link(id: string, from: string, to: string) {
  return { id, from, to, mode: 'flight', durationMinutes: 300, departuresPerDay: 1, fare: { amount: 300, currency: 'USD' }, source: 'estimate' };
}

/** A valid two-destination catalog: alpha (KR) and beta (KH), one airport each, linked both ways. */
export function catalogFixture() {
  return {
    destinations: [
      { file: 'data/destinations/alpha.json', data: destinationFixture('alpha', 'KR', { lat: 37.5, lon: 127 }) },
      { file: 'data/destinations/beta.json', data: destinationFixture('beta', 'KH', { lat: 11.5, lon: 104.9 }) },
    ],
    hubs: { file: 'data/hubs.json', data: { hubs: [hub('AAA', 'alpha', 'KR', 37.4, 126.5), hub('BBB', 'beta', 'KH', 11.4, 104.9)] } },
    links: { file: 'data/links.json', data: { links: [link('flight-aaa-bbb', 'AAA', 'BBB'), link('flight-bbb-aaa', 'BBB', 'AAA')] } },
    rates: { file: 'data/rates.json', data: { asOf: '2026-11-25', source: 'estimate', usdTo: { USD: 1, KRW: 1400, KHR: 4000 } } },
  } satisfies RawCatalogInput;
}

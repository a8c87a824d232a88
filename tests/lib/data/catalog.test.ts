/**
 * Checks on the real data files, through the same loader the app uses. These catch the mistakes a
 * schema cannot: ids shared across files, places outside their city, unreachable destinations,
 * stale Angkor Pass prices.
 */
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@/lib/errors';
import {
  findDestination,
  findPlace,
  getCatalog,
  getDestination,
  getHub,
  getPlace,
  getRates,
  hubsForDestination,
  linksFrom,
  listDestinations,
  listHubs,
  listLinks,
  summarizeDestination,
} from '@/lib/data/catalog';
import type { LocalizedText } from '@/lib/data/schema';

const HANGUL = /[\uAC00-\uD7A3]/;
const KHMER = /[\u1780-\u17FF]/;
const EXPECTED_SLUGS = ['gyeongju', 'jeju', 'phnom-penh', 'seoul', 'siem-reap'];

function allPlaces() {
  return listDestinations().flatMap((d) => d.places.map((place) => ({ place, destination: d })));
}

function expectLocalized(text: LocalizedText, where: string) {
  expect(text.ko, `${where} ko`).toMatch(HANGUL);
  expect(text.km, `${where} km`).toMatch(KHMER);
  expect(text.en.trim().length, `${where} en`).toBeGreaterThan(0);
}

describe('catalog: loading', () => {
  it('parses every data file without a DataError', () => {
    expect(() => getCatalog()).not.toThrow();
  });

  it('has the five destinations', () => {
    expect(listDestinations().map((d) => d.slug).sort()).toEqual(EXPECTED_SLUGS);
  });

  it('has at least 15 places per destination and 75 in total', () => {
    for (const d of listDestinations()) expect(d.places.length, d.slug).toBeGreaterThanOrEqual(15);
    expect(allPlaces().length).toBeGreaterThanOrEqual(75);
  });
});

describe('catalog: record invariants', () => {
  it('has unique place ids across all destinations', () => {
    const ids = allPlaces().map(({ place }) => place.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('has unique hub codes and link ids', () => {
    const codes = listHubs().map((h) => h.code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = listLinks().map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every place and stay area inside its destination box, and near its centre', () => {
    for (const d of listDestinations()) {
      const { bbox } = d;
      for (const p of [...d.places, ...d.stayAreas]) {
        const where = `${d.slug}/${p.id} (${p.lat}, ${p.lon})`;
        expect(p.lat, where).toBeGreaterThanOrEqual(bbox.south);
        expect(p.lat, where).toBeLessThanOrEqual(bbox.north);
        expect(p.lon, where).toBeGreaterThanOrEqual(bbox.west);
        expect(p.lon, where).toBeLessThanOrEqual(bbox.east);
      }
      // A box larger than ~2° would let swapped or mistyped coordinates slip through.
      expect(bbox.north - bbox.south, `${d.slug} bbox height`).toBeLessThan(2);
      expect(bbox.east - bbox.west, `${d.slug} bbox width`).toBeLessThan(2);
    }
  });

  it('writes Korean names in Hangul and Khmer names in Khmer script', () => {
    for (const d of listDestinations()) {
      expectLocalized(d.name, d.slug);
      for (const p of d.places) {
        expectLocalized(p.name, `${d.slug}/${p.id} name`);
        expectLocalized(p.description, `${d.slug}/${p.id} description`);
      }
    }
    for (const h of listHubs()) expectLocalized(h.name, `hub ${h.code}`);
  });

  it('explains in a dated location fact why a place is only approximately located, and keeps such places few', () => {
    const notes = (place: { facts: { about: string[]; note?: string }[] }) =>
      place.facts.filter((f) => f.about.includes('location')).map((f) => f.note ?? '');
    const approximate = allPlaces().filter(({ place }) => place.approximateLocation);
    for (const { place } of approximate) expect(notes(place).some((n) => /^location approximate: \S/.test(n)), place.id).toBe(true);
    // Not a list to hide wrong points in: every destination stays mostly exact.
    for (const d of listDestinations()) expect(d.places.filter((p) => p.approximateLocation).length, d.slug).toBeLessThanOrEqual(Math.floor(d.places.length / 4));
    for (const { place } of allPlaces().filter(({ place }) => !place.approximateLocation)) {
      expect(notes(place).some((n) => /location approximate/.test(n)), place.id).toBe(false);
    }
  });

  it('gives every place a dated source for its hours and location, and for its fee when it charges one', () => {
    const missing: string[] = [];
    for (const { place, destination } of allPlaces()) {
      const covered = new Set(place.facts.flatMap((f) => f.about));
      const required = ['hours', 'location', ...(place.fee.kind === 'ticket' ? ['fee'] : []), ...(place.closures?.length ? ['closure'] : [])];
      for (const about of required) if (!covered.has(about as never)) missing.push(`${destination.slug}/${place.id}: ${about}`);
      for (const f of place.facts) expect(f.checked, `${place.id} checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(missing).toEqual([]);
  });

  it('writes every local address in the script of the place\'s country', () => {
    for (const { place, destination } of allPlaces()) {
      expect(place.addressLocal, `${destination.slug}/${place.id}`).toMatch(destination.country === 'KR' ? HANGUL : KHMER);
    }
  });

  it('prices meals higher at each budget level, in one currency per destination', () => {
    for (const d of listDestinations()) {
      const { budget, mid, luxury } = d.mealCost;
      expect(new Set([budget.currency, mid.currency, luxury.currency]).size, d.slug).toBe(1);
      expect(budget.amount, d.slug).toBeGreaterThan(0);
      expect(mid.amount, d.slug).toBeGreaterThan(budget.amount);
      expect(luxury.amount, d.slug).toBeGreaterThan(mid.amount);
    }
  });

  it('has positive durations and non-negative fees, and tickets that cost something', () => {
    for (const { place, destination } of allPlaces()) {
      const where = `${destination.slug}/${place.id}`;
      expect(place.visitMinutes, where).toBeGreaterThan(0);
      if (place.fee.kind === 'ticket') expect(place.fee.adult.amount, where).toBeGreaterThan(0);
      if (place.fee.kind === 'pass') expect(destination.passes.map((p) => p.id), where).toContain(place.fee.passId);
    }
    for (const l of listLinks()) {
      expect(l.durationMinutes, l.id).toBeGreaterThan(0);
      expect(l.fare.amount, l.id).toBeGreaterThan(0);
      expect(l.departuresPerDay, l.id).toBeGreaterThan(0);
    }
    for (const h of listHubs()) {
      for (const t of h.transfers) {
        expect(t.durationMinutes, `${h.code} ${t.mode}`).toBeGreaterThan(0);
        if (t.mode !== 'walk') expect(t.fare.amount, `${h.code} ${t.mode}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives flights plausible block times (30 min to 8 h)', () => {
    for (const l of listLinks().filter((x) => x.mode === 'flight')) {
      expect(l.durationMinutes, l.id).toBeGreaterThanOrEqual(30);
      expect(l.durationMinutes, l.id).toBeLessThanOrEqual(480);
    }
  });

  it('has a return record for every link', () => {
    for (const l of listLinks()) {
      expect(
        listLinks().some((r) => r.from === l.to && r.to === l.from && r.mode === l.mode),
        `${l.id} has no return link`,
      ).toBe(true);
    }
  });

  it('has current Angkor Pass prices (1 day 37, 3 days 62, 7 days 72 USD)', () => {
    const siemReap = getDestination('siem-reap');
    const angkor = siemReap.passes.find((p) => /angkor/i.test(p.id));
    expect(angkor, 'siem-reap has an Angkor pass').toBeDefined();
    const price = (days: number) => angkor?.options.find((o) => o.days === days)?.price;
    expect(price(1)).toEqual({ amount: 37, currency: 'USD' });
    expect(price(3)).toEqual({ amount: 62, currency: 'USD' });
    expect(price(7)).toEqual({ amount: 72, currency: 'USD' });
    expect(siemReap.places.some((p) => p.fee.kind === 'pass' && p.fee.passId === angkor?.id)).toBe(true);
  });

  it('has dated exchange rates with a source', () => {
    const rates = getRates();
    expect(rates.usdTo.USD).toBe(1);
    expect(rates.usdTo.KRW).toBeGreaterThan(1000);
    expect(rates.usdTo.KRW).toBeLessThan(2000);
    expect(rates.usdTo.KHR).toBeGreaterThan(3500);
    expect(rates.usdTo.KHR).toBeLessThan(4500);
    expect(rates.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('catalog: reachability', () => {
  /** Hubs reachable from `start` by links, also moving between hubs that serve the same destination. */
  function reachableHubs(start: string): Set<string> {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const code = queue.shift() as string;
      const hub = getHub(code);
      const next = [
        ...linksFrom(code).map((l) => l.to),
        ...(hub.destination === null ? [] : hubsForDestination(hub.destination).map((h) => h.code)),
      ];
      for (const n of next) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return seen;
  }

  it('reaches every destination from the other country\'s main airport', () => {
    for (const d of listDestinations()) {
      const start = d.country === 'KH' ? 'ICN' : 'KTI';
      const reachable = reachableHubs(start);
      const serving = hubsForDestination(d.slug).map((h) => h.code);
      expect(serving.length, `${d.slug} has a hub`).toBeGreaterThan(0);
      expect(serving.some((code) => reachable.has(code)), `${d.slug} reachable from ${start}`).toBe(true);
    }
  });

  it('flies direct between Incheon and Techo both ways', () => {
    expect(linksFrom('ICN').some((l) => l.to === 'KTI' && l.mode === 'flight')).toBe(true);
    expect(linksFrom('KTI').some((l) => l.to === 'ICN' && l.mode === 'flight')).toBe(true);
  });
});

describe('catalog: look-ups', () => {
  it('finds destinations by slug and throws NotFoundError naming the known ones', () => {
    expect(getDestination('seoul').country).toBe('KR');
    expect(findDestination('tokyo')).toBeUndefined();
    expect(() => getDestination('tokyo')).toThrow(NotFoundError);
    expect(() => getDestination('tokyo')).toThrow(/seoul/);
  });

  it('finds places with their destination slug', () => {
    const first = getDestination('siem-reap').places[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(getPlace(first.id)).toEqual({ place: first, destination: 'siem-reap' });
    expect(findPlace('no-such-place')).toBeUndefined();
    expect(() => getPlace('no-such-place')).toThrow(NotFoundError);
  });

  it('finds hubs and the hubs serving a destination', () => {
    expect(getHub('KTI').destination).toBe('phnom-penh');
    expect(() => getHub('PNH')).toThrow(NotFoundError);
    expect(hubsForDestination('seoul').map((h) => h.code)).toContain('ICN');
    expect(hubsForDestination('nowhere')).toEqual([]);
    expect(linksFrom('NOWHERE')).toEqual([]);
  });

  it('summarises a destination without its places', () => {
    const summary = summarizeDestination(getDestination('jeju'));
    expect(summary).not.toHaveProperty('places');
    expect(summary.placeCount).toBe(getDestination('jeju').places.length);
  });
});

import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/errors';
import { parseCatalog } from '@/lib/data/parse-catalog';
import { catalogFixture } from './fixtures';

type Fixture = ReturnType<typeof catalogFixture>;

/** Runs parseCatalog on a mutated fixture and returns the DataError it must throw. */
function errorFor(mutate: (input: Fixture) => void): DataError {
  const input = catalogFixture();
  mutate(input);
  try {
    parseCatalog(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('parseCatalog accepted broken data');
}

function alpha(input: Fixture) {
  const d = input.destinations[0];
  if (!d) throw new Error('fixture has no alpha');
  return d.data;
}

function alphaPlace(input: Fixture, index: number) {
  const p = alpha(input).places[index];
  if (!p) throw new Error(`fixture has no place ${index}`);
  return p as Record<string, unknown>;
}

describe('parseCatalog', () => {
  it('accepts the valid fixture and indexes it', () => {
    const catalog = parseCatalog(catalogFixture());
    expect(catalog.destinations.map((d) => d.slug)).toEqual(['alpha', 'beta']);
    expect(catalog.places.get('beta-place-3')?.destination).toBe('beta');
    expect(catalog.hubsByDestination.get('alpha')?.map((h) => h.code)).toEqual(['AAA']);
    expect(catalog.linksFrom.get('AAA')?.map((l) => l.id)).toEqual(['flight-aaa-bbb']);
  });

  it('names file, place id and field for a romanised Korean name', () => {
    const error = errorFor((input) => {
      (alphaPlace(input, 2).name as { ko: string }).ko = 'Gyeongbokgung';
    });
    expect(error.message).toContain('data/destinations/alpha.json');
    expect(error.message).toContain('place "alpha-place-3"');
    expect(error.message).toContain('places[2].name.ko');
    expect(error.message).toContain('Hangul');
  });

  it('names the field for a Khmer name written in Latin script', () => {
    const error = errorFor((input) => {
      (alphaPlace(input, 4).description as { km: string }).km = 'Angkor';
    });
    expect(error.message).toMatch(/alpha\.json.*place "alpha-place-5".*places\[4\]\.description\.km.*Khmer/);
  });

  it('names the destination slug for a destination-level field', () => {
    const error = errorFor((input) => {
      (alpha(input) as Record<string, unknown>).timezone = 'Asia/Tokyo';
    });
    expect(error.message).toMatch(/alpha\.json.*destination "alpha".*"timezone"/);
  });

  it('rejects a place outside its destination box', () => {
    const error = errorFor((input) => {
      alphaPlace(input, 6).lat = 36.9; // 60 km south of a 20 km box
    });
    expect(error.message).toContain('data/destinations/alpha.json');
    expect(error.message).toContain('place "alpha-place-7"');
    expect(error.message).toContain('places[6].lat/lon');
    expect(error.message).toContain('outside the destination bbox');
  });

  it('rejects a stay area outside the box', () => {
    const error = errorFor((input) => {
      const s = alpha(input).stayAreas[1];
      if (s) s.lat = 40;
    });
    expect(error.message).toMatch(/alpha\.json.*stay area "river".*stayAreas\[1\]/);
  });

  it('rejects duplicate place ids across destinations', () => {
    const error = errorFor((input) => {
      const beta = input.destinations[1]?.data.places[0];
      if (beta) beta.id = 'alpha-place-2';
    });
    expect(error.message).toContain('data/destinations/beta.json');
    expect(error.message).toContain('place "alpha-place-2"');
    expect(error.message).toContain('duplicate place id');
    expect(error.message).toContain('alpha.json');
  });

  it('rejects a pass fee pointing at an undefined pass', () => {
    const error = errorFor((input) => {
      alphaPlace(input, 0).fee = { kind: 'pass', passId: 'angkor-pass' };
    });
    expect(error.message).toMatch(/alpha\.json.*place "alpha-place-1".*places\[0\]\.fee\.passId.*"angkor-pass"/);
  });

  it('rejects an opening_hours string that does not parse', () => {
    const error = errorFor((input) => {
      alphaPlace(input, 9).openingHours = 'daily 9 to 6';
    });
    expect(error.message).toMatch(/alpha\.json.*place "alpha-place-10".*places\[9\]\.openingHours/);
  });

  it('rejects a slug that does not match the file name', () => {
    const error = errorFor((input) => {
      const d = input.destinations[0];
      if (d) d.file = 'data/destinations/gamma.json';
    });
    expect(error.message).toMatch(/gamma\.json.*destination "alpha".*"slug"/);
  });

  it('rejects a hub serving an unknown destination', () => {
    const error = errorFor((input) => {
      const h = input.hubs.data.hubs[1];
      if (h) h.destination = 'angkor';
    });
    expect(error.message).toMatch(/data\/hubs\.json.*hub "BBB".*hubs\[1\]\.destination.*"angkor"/);
  });

  it('rejects a hub in another country than its destination', () => {
    const error = errorFor((input) => {
      const h = input.hubs.data.hubs[0];
      if (h) h.destination = 'beta';
    });
    expect(error.message).toMatch(/hubs\.json.*hub "AAA".*country/);
  });

  it('names the hub code for a schema problem in hubs.json', () => {
    const error = errorFor((input) => {
      const t = input.hubs.data.hubs[0]?.transfers[0];
      if (t) t.durationMinutes = -5;
    });
    expect(error.message).toMatch(/data\/hubs\.json.*hub "AAA".*hubs\[0\]\.transfers\[0\]\.durationMinutes/);
  });

  it('rejects duplicate hub codes', () => {
    const error = errorFor((input) => {
      const h = input.hubs.data.hubs[1];
      if (h) h.code = 'AAA';
    });
    expect(error.message).toMatch(/hubs\.json.*hub "AAA".*duplicate hub code/);
  });

  it('rejects a link to an unknown hub and names the link id', () => {
    const error = errorFor((input) => {
      const l = input.links.data.links[0];
      if (l) l.to = 'PNH';
    });
    expect(error.message).toMatch(/data\/links\.json.*link "flight-aaa-bbb".*links\[0\]\.to.*"PNH"/);
  });

  it('rejects duplicate link ids', () => {
    const error = errorFor((input) => {
      const l = input.links.data.links[1];
      if (l) l.id = 'flight-aaa-bbb';
    });
    expect(error.message).toMatch(/links\.json.*link "flight-aaa-bbb".*duplicate link id/);
  });

  it('names the link id for a schema problem in links.json', () => {
    const error = errorFor((input) => {
      const l = input.links.data.links[1] as Record<string, unknown> | undefined;
      if (l) l.typicalDepartures = ['9:30'];
    });
    expect(error.message).toMatch(/links\.json.*link "flight-bbb-aaa".*links\[1\]\.typicalDepartures\[0\]/);
  });

  it('rejects rates without a valid date', () => {
    const error = errorFor((input) => {
      input.rates.data.asOf = 'late 2026';
    });
    expect(error.message).toMatch(/data\/rates\.json.*"asOf"/);
  });

  it('rejects a place without a dated source for its hours', () => {
    const error = errorFor((input) => {
      alphaPlace(input, 2).facts = [{ about: ['location'], source: 'https://example.org', checked: '2026-12-04' }];
    });
    expect(error.message).toMatch(/place "alpha-place-3".*"places\[2\]\.facts".*no dated source for "hours"/);
  });

  it('rejects a fact without a checked date, or with a published date after it', () => {
    const undated = errorFor((input) => {
      alphaPlace(input, 1).facts = [{ about: ['hours', 'location'], source: 'https://example.org' }];
    });
    expect(undated.message).toMatch(/place "alpha-place-2".*"places\[1\]\.facts\[0\]\.checked"/);
    const future = errorFor((input) => {
      alphaPlace(input, 1).facts = [{ about: ['hours', 'location'], source: 'https://example.org', checked: '2026-12-04', published: '2027-01' }];
    });
    expect(future.message).toMatch(/"places\[1\]\.facts\[0\]\.published".*after the day it was checked/);
  });

  it('rejects a ticket place without a dated fee source', () => {
    const error = errorFor((input) => {
      alphaPlace(input, 3).fee = { kind: 'ticket', adult: { amount: 5, currency: 'USD' } };
    });
    expect(error.message).toMatch(/no dated source for "fee"/);
  });

  it('checks the local address script against the country', () => {
    const latin = errorFor((input) => {
      alphaPlace(input, 4).addressLocal = '1 Test Street';
    });
    expect(latin.message).toMatch(/place "alpha-place-5".*"places\[4\]\.addressLocal".*Hangul/);
    const khmerInKorea = errorFor((input) => {
      alphaPlace(input, 4).addressLocal = 'ផ្លូវសាកល្បង ១';
    });
    expect(khmerInKorea.message).toMatch(/"places\[4\]\.addressLocal".*Hangul/);
  });

  it('rejects an unknown tag and a closure that ends before it starts', () => {
    const tag = errorFor((input) => {
      alphaPlace(input, 4).tags = ['rainy'];
    });
    expect(tag.message).toMatch(/"places\[4\]\.tags\[0\]"/);
    const closure = errorFor((input) => {
      const p = alphaPlace(input, 4);
      p.closures = [{ from: '2026-12-04', to: '2026-12-01', status: 'closed', source: 'https://example.org', checked: '2026-12-04' }];
      p.facts = [{ about: ['hours', 'location', 'closure'], source: 'https://example.org', checked: '2026-12-04' }];
    });
    expect(closure.message).toMatch(/"places\[4\]\.closures\[0\]\.to".*before from/);
  });

  it('folds closures into the evaluated opening hours', () => {
    const input = catalogFixture();
    const p = alphaPlace(input, 4);
    p.closures = [{ from: '2026-12-01', status: 'reopening-announced', source: 'https://example.org', checked: '2026-12-04' }];
    p.facts = [{ about: ['hours', 'location', 'closure'], source: 'https://example.org', checked: '2026-12-04' }];
    const place = parseCatalog(input).places.get('alpha-place-5')?.place;
    expect(place?.openingHours).toBe('Mo-Su 09:00-18:00; 2026 Dec 01-2099 Dec 31 off');
    expect(place?.tags).toEqual([]);
  });
});

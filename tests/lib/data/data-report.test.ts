import { describe, expect, it } from 'vitest';
import { monthsBefore, reportCatalog, reportDestination } from '@/lib/data/data-report';
import { parseCatalog } from '@/lib/data/parse-catalog';
import { catalogFixture } from './fixtures';

/** The fixture's alpha destination after `edit` changed its raw places, parsed like the real data. */
function alphaWith(edit: (places: Record<string, unknown>[]) => void) {
  const raw = catalogFixture();
  edit(raw.destinations[0]!.data.places as unknown as Record<string, unknown>[]);
  return parseCatalog(raw).destinations[0]!;
}

describe('monthsBefore', () => {
  it('goes back whole calendar months and clamps to the shorter month', () => {
    expect(monthsBefore('2026-12-04', 18)).toBe('2025-06-04');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2028-08-31', 6)).toBe('2028-02-29');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('reportDestination', () => {
  it('counts places by category and by tag, food, evening options and approximate points', () => {
    const alpha = alphaWith((places) => {
      Object.assign(places[1]!, { category: 'food', tags: ['indoor', 'kidFriendly'], bestTime: 'evening' });
      Object.assign(places[2]!, { category: 'food', tags: ['indoor'] });
      Object.assign(places[3]!, { category: 'nature', tags: ['dayTrip', 'outdoor'], bestTime: 'night' });
      Object.assign(places[4]!, { category: 'nature', bestTime: 'morning' });
    });
    const report = reportDestination(alpha, '2026-12-04');
    expect(report).toMatchObject({ slug: 'alpha', places: 15, food: 2, dayTrips: 1, kidFriendly: 1, indoor: 2, evening: 2, approximate: 0 });
    expect(report.byCategory).toEqual({ museum: 11, food: 2, nature: 2 });
  });

  it('lists facts checked before the 18-month cut-off as stale, oldest first, and finds the oldest date', () => {
    const alpha = alphaWith((places) => {
      places[5]!.facts = [
        { about: ['hours'], source: 'https://example.org/a', checked: '2025-06-03' },
        { about: ['location'], source: 'https://example.org/b', checked: '2025-06-04' },
      ];
      places[6]!.facts = [{ about: ['hours', 'location'], source: 'https://example.org/c', checked: '2024-01-10' }];
    });
    const report = reportDestination(alpha, '2026-12-04');
    expect(report.oldestChecked).toBe('2024-01-10');
    expect(report.stale).toEqual([
      { placeId: 'alpha-place-7', about: ['hours', 'location'], checked: '2024-01-10' },
      { placeId: 'alpha-place-6', about: ['hours'], checked: '2025-06-03' },
    ]);
  });

  it('reports nothing stale when every fact is recent', () => {
    const report = reportDestination(alphaWith(() => undefined), '2026-12-04');
    expect(report.stale).toEqual([]);
    expect(report.oldestChecked).toBe('2026-12-04');
  });
});

describe('reportCatalog', () => {
  it('reports every destination in catalog order', () => {
    const catalog = parseCatalog(catalogFixture());
    expect(reportCatalog(catalog.destinations, '2026-12-04').map((report) => report.slug)).toEqual(['alpha', 'beta']);
  });
});

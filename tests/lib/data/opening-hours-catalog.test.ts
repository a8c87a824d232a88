/** Opening hours of the real places, evaluated the way the planner will. */
import { describe, expect, it } from 'vitest';
import { listDestinations } from '@/lib/data/catalog';
import { isPublicHoliday } from '@/lib/data/holidays';
import { checkOpeningHours, openIntervals, openMinutes } from '@/lib/data/opening-hours';

/** Mon 2026-03-09 … Sun 2026-03-15: no public holiday in Korea or Cambodia. */
const NORMAL_WEEK = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'];

it('uses a week without public holidays', () => {
  for (const date of NORMAL_WEEK) {
    expect(isPublicHoliday('KR', date), date).toBe(false);
    expect(isPublicHoliday('KH', date), date).toBe(false);
  }
});

describe('opening hours in the catalog', () => {
  const places = listDestinations().flatMap((d) => d.places.map((p) => ({ p, d })));

  it('parses every place\'s opening_hours string', () => {
    const problems = places.flatMap(({ p, d }) => checkOpeningHours(p.openingHours, d.country).map((e) => `${d.slug}/${p.id}: ${e}`));
    expect(problems).toEqual([]);
  });

  it('opens every place at some time in a normal week', () => {
    const closedAllWeek = places
      .filter(({ p, d }) => NORMAL_WEEK.every((date) => openMinutes(p.openingHours, d.country, date, d.timezone, p) === 0))
      .map(({ p, d }) => `${d.slug}/${p.id}: "${p.openingHours}"`);
    expect(closedAllWeek).toEqual([]);
  });

  it('has Gyeongbokgung closed on Tuesdays and open on Wednesdays', () => {
    const seoul = listDestinations().find((d) => d.slug === 'seoul');
    const palace = seoul?.places.find((p) => /gyeongbok/.test(p.id));
    expect(palace, 'seoul has Gyeongbokgung').toBeDefined();
    if (!seoul || !palace) return;
    expect(openIntervals(palace.openingHours, 'KR', '2026-03-10', seoul.timezone)).toEqual([]);
    expect(openMinutes(palace.openingHours, 'KR', '2026-03-11', seoul.timezone)).toBeGreaterThan(6 * 60);
  });
});

/** Opening hours of the real places, evaluated the way the planner will. */
import { describe, expect, it } from 'vitest';
import { listDestinations } from '@/lib/data/catalog';
import { isPublicHoliday } from '@/lib/data/holidays';
import { checkOpeningHours, closureOn, isOpenAt, openIntervals, openMinutes } from '@/lib/data/opening-hours';
import type { Destination, Place } from '@/lib/data/schema';

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

  it('opens every place at some time in a normal week, unless a recorded closure covers the week', () => {
    const closedAllWeek = places
      .filter(({ p }) => !NORMAL_WEEK.every((date) => closureOn(p.closures, date) !== undefined))
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

function find(slug: string, id: string): { d: Destination; p: Place } {
  const d = listDestinations().find((x) => x.slug === slug);
  const p = d?.places.find((x) => x.id === id);
  if (!d || !p) throw new Error(`no ${slug}/${id} in the catalog`);
  return { d, p };
}
const minutesOn = ({ d, p }: { d: Destination; p: Place }, date: string) => openMinutes(p.openingHours, d.country, date, d.timezone, p);

describe('holiday rules and closures in the catalog', () => {
  it('closes the national museums on Chuseok day and Seollal day, not on the days around them', () => {
    for (const place of [find('seoul', 'seoul-national-museum-of-korea'), find('gyeongju', 'gyeongju-national-museum')]) {
      for (const closed of ['2026-09-25', '2027-09-15', '2026-02-17', '2027-02-07', '2027-01-01']) expect(minutesOn(place, closed), `${place.p.id} ${closed}`).toBe(0);
      for (const open of ['2026-09-24', '2026-09-26', '2027-09-14', '2027-09-16', '2026-02-16']) expect(minutesOn(place, open), `${place.p.id} ${open}`).toBeGreaterThan(0);
    }
  });

  it('opens a palace on a public holiday that falls on its closing day and closes it the first non-holiday day after', () => {
    const gyeongbokgung = find('seoul', 'seoul-gyeongbokgung');
    expect(minutesOn(gyeongbokgung, '2026-02-17'), 'Tuesday, Seollal day').toBeGreaterThan(0);
    expect(minutesOn(gyeongbokgung, '2026-02-18'), 'Wednesday, still Seollal').toBeGreaterThan(0);
    expect(minutesOn(gyeongbokgung, '2026-02-19'), 'Thursday after the holidays').toBe(0);
    expect(minutesOn(gyeongbokgung, '2026-02-20'), 'Friday').toBeGreaterThan(0);
    expect(minutesOn(gyeongbokgung, '2026-02-24'), 'an ordinary Tuesday').toBe(0);
    const changdeokgung = find('seoul', 'seoul-changdeokgung');
    expect(minutesOn(changdeokgung, '2026-05-25'), "Monday, Buddha's Birthday substitute day").toBeGreaterThan(0);
    expect(minutesOn(changdeokgung, '2026-05-26'), 'Tuesday after').toBe(0);
    expect(minutesOn(changdeokgung, '2026-05-27'), 'Wednesday').toBeGreaterThan(0);
    expect(minutesOn(changdeokgung, '2026-05-18'), 'an ordinary Monday').toBe(0);
    for (const id of ['seoul-deoksugung', 'seoul-changgyeonggung', 'seoul-changdeokgung-huwon']) {
      expect(minutesOn(find('seoul', id), '2026-03-02'), `${id} on the Monday substitute day`).toBeGreaterThan(0);
      expect(minutesOn(find('seoul', id), '2026-03-03'), `${id} on the Tuesday after`).toBe(0);
    }
  });

  it('closes the Haenyeo Museum over all of Chuseok and opens it on a Monday holiday, closing the Tuesday after', () => {
    const museum = find('jeju', 'jeju-haenyeo-museum');
    for (const date of ['2026-09-24', '2026-09-25', '2026-09-26', '2027-01-01']) expect(minutesOn(museum, date), date).toBe(0);
    expect(minutesOn(museum, '2026-08-17'), 'Monday, Liberation Day substitute').toBeGreaterThan(0);
    expect(minutesOn(museum, '2026-08-18'), 'Tuesday after').toBe(0);
    expect(minutesOn(museum, '2026-08-19')).toBeGreaterThan(0);
  });

  it('closes the Phnom Penh markets over Khmer New Year 2027 (14-16 April)', () => {
    for (const id of ['phnom-penh-central-market', 'phnom-penh-russian-market']) {
      const market = find('phnom-penh', id);
      for (const date of ['2027-04-14', '2027-04-15', '2027-04-16']) expect(minutesOn(market, date), `${id} ${date}`).toBe(0);
      expect(minutesOn(market, '2027-04-13'), `${id} the day before`).toBeGreaterThan(0);
      expect(minutesOn(market, '2027-04-17'), `${id} the day after`).toBeGreaterThan(0);
    }
  });

  it('keeps Manjanggul closed on every day of its closure, reopening announced or not', () => {
    const cave = find('jeju', 'jeju-manjanggul');
    expect(cave.p.closures?.[0]?.status).toBe('reopening-announced');
    expect(minutesOn(cave, '2023-12-28'), 'the day before the rockfall').toBeGreaterThan(0);
    for (const date of ['2023-12-29', '2024-07-01', '2026-04-15', '2026-12-04', '2027-08-01']) expect(minutesOn(cave, date), date).toBe(0);
  });

  it('uses the Angkor hours of the August 2024 change', () => {
    const at = (id: string, date: string, hhmm: string) => {
      const { d, p } = find('siem-reap', id);
      const [h, m] = hhmm.split(':').map(Number);
      return isOpenAt(p.openingHours, d.country, date, d.timezone, (h ?? 0) * 60 + (m ?? 0), p);
    };
    expect(at('siem-reap-angkor-wat', '2026-03-10', '05:00')).toBe(true);
    expect(at('siem-reap-angkor-wat', '2026-03-10', '17:45')).toBe(true);
    expect(at('siem-reap-angkor-wat', '2026-03-10', '18:00')).toBe(false);
    expect(at('siem-reap-srah-srang', '2026-03-10', '05:00')).toBe(true);
    expect(at('siem-reap-phnom-bakheng', '2026-03-10', '18:30')).toBe(true);
    expect(at('siem-reap-pre-rup', '2026-03-10', '18:30')).toBe(true);
    expect(at('siem-reap-ta-prohm', '2026-03-10', '06:00')).toBe(true);
    expect(at('siem-reap-ta-prohm', '2026-03-10', '18:30')).toBe(false);
  });
});

/**
 * Regression (language-neutral plans issue): a saved plan read in another language used to be
 * re-planned with today's data, so a partner reading it in Khmer saw other places than the agency
 * saw in Korean. Here the plan is saved, then the catalogue changes under it (a visited place is
 * renamed, re-priced and closed, another leaves the data), and the plan is read in all three
 * languages by the API, the saved-plan pages' loader and every export: same items, times and costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCatalog, type Catalog } from '@/lib/data/parse-catalog';
import { EXPORT_FORMAT_NAMES } from '@/lib/export/formats';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';

const catalogs = vi.hoisted(() => ({ current: undefined as Catalog | undefined }));
vi.mock('@/lib/data/catalog', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/data/catalog')>();
  return { ...actual, getCatalog: () => catalogs.current ?? actual.getCatalog() };
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-drift-'));
const LOCALES = ['en', 'ko', 'km'] as const;

let routes: {
  plans: typeof import('@/app/api/plans/route');
  plan: typeof import('@/app/api/plans/[id]/route');
  exports: typeof import('@/app/api/plans/[id]/export/[format]/route');
  loader: typeof import('@/app/[locale]/p/[id]/_lib/saved-plan-data');
  catalog: typeof import('@/lib/data/catalog');
};

beforeAll(async () => {
  vi.resetModules();
  vi.stubEnv('DATABASE_PATH', path.join(dir, 'app.db'));
  (globalThis as { __bridgewayDb?: unknown }).__bridgewayDb = undefined;
  routes = {
    plans: await import('@/app/api/plans/route'),
    plan: await import('@/app/api/plans/[id]/route'),
    exports: await import('@/app/api/plans/[id]/export/[format]/route'),
    loader: await import('@/app/[locale]/p/[id]/_lib/saved-plan-data'),
    catalog: await import('@/lib/data/catalog'),
  };
});
afterAll(() => {
  (globalThis as { __bridgewayDb?: { $client: { close(): void } } }).__bridgewayDb?.$client.close();
  (globalThis as { __bridgewayDb?: unknown }).__bridgewayDb = undefined;
  catalogs.current = undefined;
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What must not move: items (kind, place, hubs, times, mode, distance, cost), stays, totals. */
function facts(itinerary: LocalizedItinerary) {
  return {
    days: itinerary.days.map((d) => ({
      date: d.date,
      stay: [d.stay.kind, d.stay.id],
      items: d.items.map((i) => [i.type, i.placeId, i.fromHub, i.toHub, i.start, i.end, i.mode, i.distanceKm, i.cost?.amount, i.cost?.currency]),
    })),
    costs: { ...itinerary.costs, lines: itinerary.costs.lines.map(({ kind, usd }) => ({ kind, usd })) },
    summary: { ...itinerary.summary, title: undefined },
  };
}

/** A copy of today's data with two places of the plan changed: one renamed, re-priced and closed, one gone. */
function driftedCatalog(renamed: string, removed: string): Catalog {
  const raw = structuredClone(routes.catalog.RAW_CATALOG);
  for (const file of raw.destinations) {
    const data = file.data as { places: { id: string; name: { en: string; ko: string; km: string }; fee: unknown; openingHours: string; importance: number }[] };
    data.places = data.places.filter((p) => p.id !== removed);
    for (const place of data.places) {
      if (place.id !== renamed) continue;
      place.name = { en: 'Renamed Place', ko: '바뀐 이름', km: 'ឈ្មោះថ្មី' };
      place.fee = { kind: 'ticket', adult: { amount: 99, currency: 'USD' } };
      place.openingHours = 'Mo-Su off';
      place.importance = 1;
    }
  }
  return parseCatalog(raw);
}

describe('a saved plan after the data changes under it', () => {
  it('reads the same in every language, on every read path and in every export', { timeout: 60_000 }, async () => {
    const created = await routes.plans.POST(
      new Request('http://localhost/api/plans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: { direction: 'KH_TO_KR', startDate: '2027-04-05', days: 6, destinations: ['seoul'], locale: 'ko' } }) }),
    );
    expect(created.status).toBe(201);
    const { id, plan: saved } = (await created.json()) as { id: string; plan: { itinerary: LocalizedItinerary } };
    const visits = saved.itinerary.days.flatMap((d) => d.items).filter((i) => i.type === 'visit');
    const [renamed, removed] = [visits[0]!, visits[1]!];
    const before = facts(saved.itinerary);

    catalogs.current = driftedCatalog(renamed.placeId!, removed.placeId!);
    expect(catalogs.current.places.has(removed.placeId!)).toBe(false);

    const names = new Set<string>();
    for (const locale of LOCALES) {
      const api = await routes.plan.GET(new Request(`http://localhost/api/plans/${id}?locale=${locale}`), { params: Promise.resolve({ id }) });
      const read = ((await api.json()) as { itinerary: LocalizedItinerary }).itinerary;
      expect(facts(read), `API in ${locale}`).toEqual(before);
      expect(read.locale).toBe(locale);
      const page = routes.loader.loadSavedPlan(id, locale);
      expect(facts(page!.itinerary), `page in ${locale}`).toEqual(before);
      // The place that left the data is still named, by the name it had when the plan was saved.
      const gone = page!.itinerary.days.flatMap((d) => d.items).find((i) => i.placeId === removed.placeId);
      expect(gone?.name).not.toBe(removed.placeId);
      names.add(gone!.name);

      for (const format of EXPORT_FORMAT_NAMES) {
        const file = await routes.exports.GET(new Request(`http://localhost/api/plans/${id}/export/${format}?locale=${locale}`), { params: Promise.resolve({ id, format }) });
        expect(file.status, `${format} in ${locale}`).toBe(200);
        const body = Buffer.from(await file.arrayBuffer());
        if (format === 'json') expect(facts(JSON.parse(body.toString('utf8'))), `json in ${locale}`).toEqual(before);
        if (format === 'ics') expect(body.toString('utf8').match(/^BEGIN:VEVENT/gm)?.length, `ics in ${locale}`).toBe(before.days.flatMap((d) => d.items).filter(([type]) => type !== 'free').length);
        if (format === 'csv' || format === 'gpx' || format === 'kml') expect(body.toString('utf8'), `${format} in ${locale}`).toContain(gone!.name);
      }
    }
    // Three languages, three names for the removed place: words follow the reader, items do not.
    expect(names.size).toBe(3);
  });

  it('answers 400 naming locale for a language we do not speak', async () => {
    const created = await routes.plans.POST(
      new Request('http://localhost/api/plans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: { direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['phnom-penh'] } }) }),
    );
    const { id } = (await created.json()) as { id: string };
    const response = await routes.plan.GET(new Request(`http://localhost/api/plans/${id}?locale=fr`), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details).toEqual([{ field: 'locale', reason: 'must be one of en, ko, km' }]);
  });
});

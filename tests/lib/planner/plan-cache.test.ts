import { describe, expect, it } from 'vitest';
import { RAW_CATALOG } from '@/lib/data/catalog';
import { parseCatalog } from '@/lib/data/parse-catalog';
import { planTripCached } from '@/lib/planner/plan-cache';
import { planTrip } from '@/lib/planner/plan-trip';
import { catalog, parse } from './support';

describe('planTripCached', async () => {
  it('answers an equal request with the same frozen plan, and a different one afresh', async () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['phnom-penh'] });
    const first = await planTripCached(request, catalog);
    // A separately parsed, equal request hits the cache.
    expect(await planTripCached(parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['phnom-penh'] }), catalog)).toBe(first);
    expect(first).toEqual(planTrip(request, catalog));
    expect(Object.isFrozen(first.days[1]!.items[0])).toBe(true);
    const other = await planTripCached(parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['phnom-penh'], pace: 'packed' }), catalog);
    expect(other).not.toBe(first);
    expect(other.request.pace).toBe('packed');
  });

  it('keeps only the recent plans', async () => {
    const request = (days: number) => parse({ direction: 'KH_TO_KR', startDate: '2027-03-01', days, destinations: ['seoul'] });
    const oldest = await planTripCached(request(3), catalog);
    for (let days = 4; days <= 21; days++) await planTripCached(request(days), catalog);
    for (let days = 4; days <= 21; days++) await planTripCached(request(days), catalog);
    // 36 other requests since: the oldest was evicted and is planned again (an equal, new object).
    for (let n = 0; n < 18; n++) await planTripCached(parse({ direction: 'KH_TO_KR', startDate: `2027-05-${String(n + 1).padStart(2, '0')}`, days: 2, destinations: ['seoul'] }), catalog);
    const again = await planTripCached(request(3), catalog);
    expect(again).not.toBe(oldest);
    expect(again).toEqual(oldest);
  }, 60_000); // 55 trips planned: time for a busy machine

  it('shares plans between equal catalogs (each Next.js bundle loads its own), never between different ones', async () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-02-08', days: 3, destinations: ['phnom-penh'] });
    const first = await planTripCached(request, catalog);
    expect(await planTripCached(request, parseCatalog(structuredClone(RAW_CATALOG)))).toBe(first);
    const pricier = structuredClone(RAW_CATALOG);
    (pricier.rates.data as { usdTo: { KRW: number } }).usdTo.KRW += 100;
    const other = await planTripCached(request, parseCatalog(pricier));
    expect(other).not.toBe(first);
    expect(other.costs.totalKrw).toBeGreaterThan(first.costs.totalKrw);
  });

  it('shares a plan still being made with an equal request, and keeps no failed plan', async () => {
    const request = parse({ direction: 'KR_TO_KH', startDate: '2027-06-07', days: 3, destinations: ['phnom-penh'] });
    let calls = 0;
    const counted = async (r: typeof request) => {
      calls++;
      return planTrip(r, catalog);
    };
    const [a, b] = await Promise.all([planTripCached(request, catalog, counted), planTripCached(request, catalog, counted)]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    const failing = parse({ direction: 'KR_TO_KH', startDate: '2027-06-08', days: 3, destinations: ['phnom-penh'] });
    await expect(planTripCached(failing, catalog, async () => Promise.reject(new Error('worker lost')))).rejects.toThrow('worker lost');
    expect((await planTripCached(failing, catalog)).days).toHaveLength(3);
  });
});

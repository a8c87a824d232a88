/** Shared arbitraries and checks for the planner tests. */
import fc from 'fast-check';
import { getCatalog } from '@/lib/data/catalog';
import type { Interest } from '@/lib/data/schema';
import { planRequest, type PlanRequestInput } from '@/lib/planner/request';

export const catalog = getCatalog();

export const INTERESTS: Interest[] = ['history', 'culture', 'nature', 'food', 'shopping', 'nightlife', 'art', 'family', 'adventure', 'photography'];

/** The destination slugs of a country. */
export function slugsOf(country: 'KH' | 'KR'): string[] {
  return catalog.destinations.filter((d) => d.country === country).map((d) => d.slug);
}

/** Random valid requests in both directions (no pins: those need a planned day to point at). */
export const requestArb: fc.Arbitrary<PlanRequestInput> = fc
  .constantFrom('KR_TO_KH' as const, 'KH_TO_KR' as const)
  .chain((direction) => {
    const country = direction === 'KR_TO_KH' ? 'KH' : 'KR';
    const slugs = slugsOf(country);
    const placeIds = catalog.destinations.filter((d) => d.country === country).flatMap((d) => d.places.map((p) => p.id));
    return fc
      .record({
        startDate: fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
        days: fc.integer({ min: 3, max: 14 }),
        destinations: fc.option(fc.subarray(slugs, { minLength: 1 }), { nil: undefined }),
        keepOrder: fc.boolean(),
        pace: fc.constantFrom('relaxed' as const, 'balanced' as const, 'packed' as const),
        budget: fc.constantFrom('budget' as const, 'mid' as const, 'luxury' as const),
        interests: fc.dictionary(fc.constantFrom(...INTERESTS), fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 4 }),
        chosen: fc.shuffledSubarray(placeIds, { maxLength: 8 }),
        mustSeeCount: fc.integer({ min: 0, max: 3 }),
        adults: fc.integer({ min: 1, max: 6 }),
        children: fc.integer({ min: 0, max: 3 }),
        locale: fc.constantFrom('en' as const, 'ko' as const, 'km' as const),
      })
      .map(({ chosen, mustSeeCount, adults, children, ...rest }) => ({
        direction,
        ...rest,
        mustSee: chosen.slice(0, mustSeeCount),
        avoid: chosen.slice(mustSeeCount),
        travellers: { adults, children },
      }));
  });

/** Parses a request input as the API does. */
export function parse(input: PlanRequestInput) {
  return planRequest.parse(input);
}

/** Local minutes after midnight and the UTC offset of an ISO local date-time. */
export function localParts(iso: string): { date: string; minutes: number; offset: string } {
  return { date: iso.slice(0, 10), minutes: Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)), offset: iso.slice(19) };
}

export const OFFSET = { 'Asia/Seoul': '+09:00', 'Asia/Phnom_Penh': '+07:00' } as const;

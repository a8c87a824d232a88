import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGETS, INTERESTS, PACES, planRequestFromSearch, toPlanRequest, toPlanSearch, type PlanFormValues } from '@/lib/trip-query/plan-query';
import { getCatalog } from '@/lib/data/catalog';
import { planRequest } from '@/lib/planner/request';

const catalog = getCatalog();
const SLUGS = { 'to-cambodia': ['siem-reap', 'phnom-penh'], 'to-korea': ['seoul', 'gyeongju', 'jeju'] } as const;

/** Form values as a traveller could set them. */
const formValues: fc.Arbitrary<PlanFormValues> = fc.constantFrom('to-cambodia', 'to-korea').chain((direction) =>
  fc.record({
    direction: fc.constant(direction),
    startDate: fc.date({ min: new Date('2026-12-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    days: fc.integer({ min: 1, max: 21 }),
    destinations: fc.subarray([...SLUGS[direction]], { minLength: 1 }),
    adults: fc.integer({ min: 1, max: 6 }),
    children: fc.integer({ min: 0, max: 4 }),
    pace: fc.constantFrom(...PACES),
    budget: fc.constantFrom(...BUDGETS),
    likes: fc.subarray([...INTERESTS]),
    mustSee: fc.subarray(SLUGS[direction].flatMap((slug) => catalog.destinationsBySlug.get(slug)!.places.map((p) => p.id)), { maxLength: 3 }),
  }),
);

/** What the plan page reads from its URL (as Next.js hands over repeated keys). */
function rawSearch(query: string): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return raw;
}

describe('plan query codec', () => {
  it('the plan link asks for exactly the trip the form checked (property)', () => {
    fc.assert(
      fc.property(formValues, fc.constantFrom('en', 'ko', 'km'), (values, locale) => {
        const checked = planRequest.safeParse(toPlanRequest(values, locale));
        const linked = planRequest.safeParse(planRequestFromSearch(rawSearch(toPlanSearch(values)), locale));
        expect(linked.success).toBe(checked.success);
        // Equal down to key order, so both are one entry in the plan cache.
        expect(JSON.stringify(linked.data)).toBe(JSON.stringify(checked.data));
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });
});

/**
 * The believability suite: every rule in believability/rules holds for every plan over the grid of
 * requests (believability/grid.ts). A failure names the rule, the request and the offending items.
 * The regression fixtures of the bugs each rule fixes live beside the rule's own tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequest } from '@/lib/planner/request';
import { gridRequestArb } from './believability/grid';
import { RULES } from './believability/rules';
import { catalog, parse } from './support';

const RUNS = Number(process.env.BELIEVABILITY_RUNS ?? 30);

/** Every rule runs over the same seeded requests: each is planned once. */
const planned = new Map<string, Itinerary | undefined>();

/** Plans, or undefined when the trip is too short for its flights (a 400 the planner rightly gives). */
function planOrTooShort(request: PlanRequest): Itinerary | undefined {
  const key = JSON.stringify(request);
  if (planned.has(key)) return planned.get(key);
  let itinerary: Itinerary | undefined;
  try {
    itinerary = planTrip(request, catalog);
  } catch (error) {
    if (!(error instanceof ValidationError && JSON.stringify(error.details).includes('"days"'))) throw error;
  }
  planned.set(key, itinerary);
  return itinerary;
}

describe('believable plans over the grid', () => {
  for (const rule of RULES) {
    it(rule.name, { timeout: 180_000 }, () => {
      fc.assert(
        fc.property(gridRequestArb, (input) => {
          const request = parse(input);
          const itinerary = planOrTooShort(request);
          if (!itinerary) return;
          expect(rule.violations(itinerary, request, catalog), JSON.stringify(input)).toEqual([]);
        }),
        { numRuns: RUNS, seed: 20261204 },
      );
    });
  }
});

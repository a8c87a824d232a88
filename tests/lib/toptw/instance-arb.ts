/** Options for randomToptwProblem covering every feature of the engine, for the property tests. */
import fc from 'fast-check';

export const instanceArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  places: fc.integer({ min: 3, max: 25 }),
  routes: fc.integer({ min: 1, max: 4 }),
  budget: fc.integer({ min: 60, max: 300 }),
  multiWindows: fc.boolean(),
  perRouteWindows: fc.boolean(),
  distinctDepots: fc.boolean(),
  mandatory: fc.integer({ min: 0, max: 3 }),
  fixed: fc.integer({ min: 0, max: 2 }),
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToptwSolution, randomToptwProblem, reduceTravel, solveToptw, type ToptwProblem } from '@/lib/toptw';
import { instanceArb } from './instance-arb';

describe('reduceTravel', () => {
  it('keeps the score, never lengthens travel and returns routes the checker accepts (property)', () => {
    fc.assert(
      fc.property(instanceArb, fc.double({ min: 0, max: 0.05, noNaN: true }), (opts, tolerance) => {
        const problem = randomToptwProblem(opts.seed, opts);
        const solution = solveToptw(problem, { seed: 1, maxIterations: 40, timeMs: Infinity });
        const routes = solution.routes.map((r) => r.nodes);
        const reduced = reduceTravel(problem, routes, { scoreTolerance: tolerance });
        const check = checkToptwSolution(problem, reduced.routes);
        expect(check.violations).toEqual([]);
        expect(check.score).toBeCloseTo(reduced.score, 6);
        expect(reduced.score).toBeGreaterThanOrEqual(solution.score * (1 - tolerance) - 1e-6);
        expect(reduced.travel).toBeLessThanOrEqual(reduced.travelBefore + 1e-6);
        // Deterministic.
        expect(reduceTravel(problem, routes, { scoreTolerance: tolerance }).routes).toEqual(reduced.routes);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('untangles a route that crosses back and forth, and regroups visits by route', () => {
    // Depot 0 at x = 0; places 1, 2 at x = 10 and 3, 4 at x = -10, on a line; wide windows.
    const x = [0, 10, 11, -10, -11];
    const open = { score: 1, serviceTime: 1, windows: [{ open: 0, close: 1000 }] };
    const problem: ToptwProblem = {
      travelTime: (a, b) => Math.abs((x[a] as number) - (x[b] as number)),
      nodes: [{ score: 0, serviceTime: 0, windows: [] }, open, open, open, open],
      routes: [
        { start: 0, end: 0, startTime: 0, endTime: 1000 },
        { start: 0, end: 0, startTime: 0, endTime: 1000 },
      ],
    };
    const reduced = reduceTravel(problem, [
      [0, 1, 3, 0],
      [0, 4, 2, 0],
    ]);
    expect(reduced.travelBefore).toBe(84);
    expect(reduced.travel).toBe(44);
    expect(reduced.routes.map((r) => [...r].sort((a, b) => a - b))).toEqual(expect.arrayContaining([[0, 0, 1, 2], [0, 0, 3, 4]]));
  });

  it('leaves frozen routes exactly as they are', () => {
    const x = [0, 10, -10, 11, -11];
    const open = { score: 1, serviceTime: 0, windows: [{ open: 0, close: 1000 }] };
    const problem: ToptwProblem = {
      travelTime: (a, b) => Math.abs((x[a] as number) - (x[b] as number)),
      nodes: [{ score: 0, serviceTime: 0, windows: [] }, open, open, open, open],
      routes: [
        { start: 0, end: 0, startTime: 0, endTime: 1000 },
        { start: 0, end: 0, startTime: 0, endTime: 1000 },
      ],
    };
    const reduced = reduceTravel(problem, [[0, 1, 2, 0], [0, 3, 4, 0]], { frozenRoutes: new Set([0]) });
    expect(reduced.routes[0]).toEqual([0, 1, 2, 0]);
  });
});

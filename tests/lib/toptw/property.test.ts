import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToptwSolution, compileProblem, randomToptwProblem, solveToptw } from '@/lib/toptw';
import { instanceArb } from './instance-arb';

describe('solveToptw on random instances (property)', () => {
  it('returns feasible routes whose score is the sum of the visited scores and respects fixed/mandatory', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 1000 }), (opts, solverSeed) => {
        const problem = randomToptwProblem(opts.seed, opts);
        const solution = solveToptw(problem, { seed: solverSeed, maxIterations: 60, timeMs: Infinity });
        const routes = solution.routes.map((r) => r.nodes);
        const check = checkToptwSolution(problem, routes);
        expect(check.violations).toEqual([]);
        // No node twice (the checker says so too, but this is the property the planner relies on).
        const visited = routes.flatMap((r) => r.slice(1, -1));
        expect(new Set(visited).size).toBe(visited.length);
        const sum = visited.reduce((a, j) => a + problem.nodes[j]!.score, 0);
        expect(solution.score).toBeCloseTo(sum, 9);
        expect(solution.routes.reduce((a, r) => a + r.score, 0)).toBeCloseTo(sum, 9);
        // The instances are built around a feasible solution containing every mandatory/fixed node.
        expect(solution.missingMandatory).toEqual([]);
        for (const j of problem.mandatory ?? []) expect(visited).toContain(j);
        for (const f of problem.fixed ?? []) {
          const r = routes.findIndex((seq) => seq.slice(1, -1).includes(f.node));
          expect(r).toBe(f.route);
          const visit = solution.routes[r]!.visits.find((v) => v.node === f.node)!;
          expect(visit.start).toBeCloseTo(f.startTime!, 6);
        }
        // Reported times agree with the checker's earliest-start schedule.
        solution.routes.forEach((route, r) =>
          route.visits.forEach((v, p) => {
            expect(v.arrival).toBeCloseTo(check.routes[r]![p]!.arrival, 6);
            expect(v.start).toBeCloseTo(check.routes[r]![p]!.start, 6);
          }),
        );
        // Windows of the chosen route are respected (checked directly from the input).
        solution.routes.forEach((route, r) =>
          route.visits.slice(1, -1).forEach((v) => {
            const node = problem.nodes[v.node]!;
            const windows = compileProblem(problem);
            const off = windows.winOff[r * windows.n + v.node]!;
            const cnt = windows.winCnt[r * windows.n + v.node]!;
            let inside = false;
            for (let w = 0; w < cnt; w++) inside ||= v.start >= windows.winOpen[off + w]! - 1e-6 && v.start <= windows.winClose[off + w]! + 1e-6;
            expect(inside, `node ${v.node} (${JSON.stringify(node.windows)}) on route ${r}`).toBe(true);
          }),
        );
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('is deterministic for a given seed and iteration limit', () => {
    fc.assert(
      fc.property(instanceArb, (opts) => {
        const problem = randomToptwProblem(opts.seed, opts);
        const a = solveToptw(problem, { seed: 7, maxIterations: 40, timeMs: Infinity });
        const b = solveToptw(problem, { seed: 7, maxIterations: 40, timeMs: Infinity });
        expect(a.routes.map((r) => r.nodes)).toEqual(b.routes.map((r) => r.nodes));
      }),
      { numRuns: 30, seed: 7 },
    );
  });

  it('never scores below a warm start (monotone when a route is added)', () => {
    fc.assert(
      fc.property(instanceArb, (opts) => {
        const small = randomToptwProblem(opts.seed, { ...opts, routes: 1, distinctDepots: false, mandatory: 0, fixed: 0, perRouteWindows: false });
        const s1 = solveToptw(small, { seed: 1, maxIterations: 30, timeMs: Infinity });
        const bigger = { ...small, routes: [...small.routes, small.routes[0]!] };
        const s2 = solveToptw(bigger, { seed: 1, maxIterations: 5, timeMs: Infinity, initialRoutes: [s1.routes[0]!.nodes, []] });
        expect(s2.score).toBeGreaterThanOrEqual(s1.score);
        expect(checkToptwSolution(bigger, s2.routes.map((r) => r.nodes)).feasible).toBe(true);
      }),
      { numRuns: 40, seed: 3 },
    );
  });
});

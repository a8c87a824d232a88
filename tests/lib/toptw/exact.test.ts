import { describe, expect, it } from 'vitest';
import { checkToptwSolution, randomToptwProblem, solveToptw } from '@/lib/toptw';
import type { ToptwProblem } from '@/lib/toptw';

/**
 * Exhaustive optimum by depth-first enumeration of every sequence on every route (only for tiny
 * instances). Timing is done here from the raw problem, independently of the engine.
 */
function bruteForceOptimum(problem: ToptwProblem): number {
  const tt = problem.travelTime as number[][];
  const used = new Set<number>();
  const places = problem.nodes.map((_, i) => i).filter((i) => !problem.routes.some((r) => r.start === i || r.end === i));
  let best = 0;
  const windowsOf = (j: number, r: number) => problem.nodes[j]!.windowsByRoute?.[r] ?? problem.nodes[j]!.windows;
  const extend = (r: number, last: number, time: number, score: number): void => {
    const route = problem.routes[r]!;
    // Close route r here if we can reach the end node in time, then continue with the next route.
    if (time + tt[last]![route.end]! <= route.endTime + 1e-9) {
      if (r + 1 < problem.routes.length) {
        const next = problem.routes[r + 1]!;
        extend(r + 1, next.start, next.startTime, score);
      } else best = Math.max(best, score);
    }
    for (const j of places) {
      if (used.has(j)) continue;
      const arrival = time + tt[last]![j]!;
      const w = windowsOf(j, r).filter((x) => x.close >= arrival).sort((a, b) => a.open - b.open)[0];
      if (!w) continue;
      used.add(j);
      extend(r, j, Math.max(arrival, w.open) + problem.nodes[j]!.serviceTime, score + problem.nodes[j]!.score);
      used.delete(j);
    }
  };
  const first = problem.routes[0]!;
  extend(0, first.start, first.startTime, 0);
  return best;
}

describe('exact optimum on tiny instances', () => {
  const cases: { seed: number; routes: number; places: number; multiWindows?: boolean; perRouteWindows?: boolean }[] = [
    ...Array.from({ length: 8 }, (_, k) => ({ seed: 100 + k, routes: 1, places: 8 })),
    ...Array.from({ length: 6 }, (_, k) => ({ seed: 200 + k, routes: 2, places: 7 })),
    ...Array.from({ length: 3 }, (_, k) => ({ seed: 300 + k, routes: 2, places: 7, multiWindows: true, perRouteWindows: true })),
  ];
  for (const c of cases) {
    it(`finds the enumerated optimum (seed ${c.seed}, m=${c.routes}${c.multiWindows ? ', multi-window' : ''})`, () => {
      const problem = randomToptwProblem(c.seed, { budget: 160, ...c });
      const optimum = bruteForceOptimum(problem);
      const solution = solveToptw(problem, { seed: 1, maxIterations: 400, timeMs: Infinity });
      const check = checkToptwSolution(problem, solution.routes.map((r) => r.nodes));
      expect(check.violations).toEqual([]);
      expect(solution.score).toBeLessThanOrEqual(optimum);
      expect(solution.score).toBe(optimum);
    });
  }
});

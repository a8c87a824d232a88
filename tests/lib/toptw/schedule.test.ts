import { describe, expect, it } from 'vitest';
import { checkToptwSolution, compileProblem, randomToptwProblem, RouteState, Rng, TIME_EPS } from '@/lib/toptw';
import type { ToptwProblem } from '@/lib/toptw';

/** Arrival at position p of route r according to the independent checker. */
function checkerArrival(problem: ToptwProblem, routes: number[][], r: number, p: number): number {
  return checkToptwSolution(problem, routes).routes[r]![p]!.arrival;
}

function expectStateMatchesChecker(problem: ToptwProblem, state: RouteState): void {
  const routes = state.toRoutes();
  const check = checkToptwSolution(problem, routes);
  expect(check.violations).toEqual([]);
  expect(state.score).toBeCloseTo(check.score, 6);
  routes.forEach((seq, r) => {
    const base = r * state.cap;
    seq.forEach((_, p) => {
      expect(state.arr[base + p]).toBeCloseTo(check.routes[r]![p]!.arrival, 6);
      if (p > 0 && p < seq.length - 1) expect(state.st[base + p]).toBeCloseTo(check.routes[r]![p]!.start, 6);
    });
  });
}

const variants = [
  { multiWindows: false, perRouteWindows: false, distinctDepots: false },
  { multiWindows: false, perRouteWindows: true, distinctDepots: true },
  { multiWindows: true, perRouteWindows: true, distinctDepots: false },
];

describe('RouteState insertion bookkeeping (O(1) test vs brute force)', () => {
  for (const [vi, variant] of variants.entries()) {
    it(`agrees with the checker on random instances (variant ${vi})`, () => {
      let tested = 0;
      let feasibleSeen = 0;
      for (let seed = 1; seed <= 25; seed++) {
        const problem = randomToptwProblem(seed * 31 + vi, { places: 9, routes: 1 + (seed % 3), budget: 150, ...variant });
        const inst = compileProblem(problem);
        const state = new RouteState(inst);
        const rng = new Rng(seed);
        for (let step = 0; step < 12; step++) {
          const candidates: [number, number, number, number][] = [];
          for (const j of inst.customers) {
            if (state.routeOf[j]! >= 0) continue;
            for (let r = 0; r < inst.m; r++) {
              for (let p = 1; p < state.len[r]!; p++) {
                const shift = state.insertionShift(j, r, p);
                const routes = state.toRoutes();
                routes[r]!.splice(p, 0, j);
                const brute = checkToptwSolution(problem, routes);
                tested++;
                if (shift !== Infinity) {
                  // Never accept an infeasible insertion, and report the true delay at position p.
                  expect(brute.violations).toEqual([]);
                  const before = checkerArrival(problem, state.toRoutes(), r, p);
                  expect(shift).toBeCloseTo(checkerArrival(problem, routes, r, p + 1) - before, 6);
                  candidates.push([j, r, p, shift]);
                  // The solver's positional lower bound never cuts off a feasible insertion.
                  const off = inst.winOff[r * inst.n + j]!;
                  expect(p).toBeGreaterThanOrEqual(state.firstPositionWithLatestStart(r, inst.winOpen[off]! + inst.serv[j]!));
                  feasibleSeen++;
                } else if (!variant.multiWindows) {
                  // With one window per node the test is exact: rejected means infeasible.
                  expect(brute.feasible).toBe(false);
                }
              }
            }
          }
          if (candidates.length === 0) break;
          const [j, r, p] = candidates[rng.int(candidates.length)]!;
          state.insert(j, r, p);
          expectStateMatchesChecker(problem, state);
          if (rng.next() < 0.3) {
            const rr = rng.int(inst.m);
            if (state.len[rr]! > 2) {
              state.removeAt(rr, 1 + rng.int(state.len[rr]! - 2));
              expectStateMatchesChecker(problem, state);
            }
          }
        }
      }
      expect(tested).toBeGreaterThan(500);
      expect(feasibleSeen).toBeGreaterThan(50);
    });
  }

  it('maxShift is the largest delay the rest of the route can absorb', () => {
    const problem = randomToptwProblem(7, { places: 8, routes: 1, budget: 200 });
    const state = new RouteState(compileProblem(problem));
    for (const j of compileProblem(problem).customers) {
      for (let p = 1; p < state.len[0]!; p++) {
        if (state.insertionShift(j, 0, p) !== Infinity) {
          state.insert(j, 0, p);
          break;
        }
      }
    }
    expect(state.len[0]).toBeGreaterThan(3);
    // Delaying position p by maxShift[p] (and a bit more) through a fake node must be feasible (not).
    for (let p = 1; p < state.len[0]! - 1; p++) {
      const slack = state.maxShift[p]!;
      const st = state.st[p]!;
      const routes = state.toRoutes();
      const seq = routes[0]!;
      // Re-time the tail by hand: start p at st + slack, propagate with earliest starts.
      const inst = compileProblem(problem);
      let t = st + slack;
      let ok = t <= state.selClose[p]! + TIME_EPS;
      for (let q = p + 1; q < seq.length; q++) {
        const a = t + inst.serv[seq[q - 1]!]! + inst.dist[seq[q - 1]! * inst.n + seq[q]!]!;
        if (q === seq.length - 1) ok &&= a <= inst.routeEndTime[0]! + TIME_EPS;
        else {
          const off = inst.winOff[seq[q]!]!;
          ok &&= a <= inst.winClose[off]! + TIME_EPS;
          t = Math.max(a, inst.winOpen[off]!);
        }
      }
      expect(ok).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { checkToptwSolution, solveToptw, ToptwInputError, type ToptwProblem } from '@/lib/toptw';

const base: ToptwProblem = {
  travelTime: [
    [0, 10, 10, 10],
    [10, 0, 5, 5],
    [10, 5, 0, 5],
    [10, 5, 5, 0],
  ],
  nodes: [
    { score: 0, serviceTime: 0, windows: [] },
    { score: 10, serviceTime: 10, windows: [{ open: 0, close: 100 }] },
    { score: 20, serviceTime: 10, windows: [{ open: 0, close: 20 }, { open: 60, close: 70 }] },
    { score: 5, serviceTime: 10, windows: [{ open: 0, close: 100 }], windowsByRoute: [[], undefined] },
  ],
  routes: [
    { start: 0, end: 0, startTime: 0, endTime: 100 },
    { start: 0, end: 0, startTime: 0, endTime: 100 },
  ],
};

describe('input validation', () => {
  it.each([
    ['negative score', { ...base, nodes: [base.nodes[0]!, { ...base.nodes[1]!, score: -1 }, base.nodes[2]!, base.nodes[3]!] }, /nodes\[1\]\.score/],
    ['matrix size', { ...base, travelTime: new Float64Array(3) }, /nodes.length² = 16/],
    ['route node', { ...base, routes: [{ start: 9, end: 0, startTime: 0, endTime: 10 }] }, /routes\[0\]\.start/],
    ['window order', { ...base, nodes: [base.nodes[0]!, { ...base.nodes[1]!, windows: [{ open: 5, close: 1 }] }, base.nodes[2]!, base.nodes[3]!] }, /closes \(1\) before it opens \(5\)/],
    ['mandatory depot', { ...base, mandatory: [0] }, /start\/end node/],
    ['fixed route', { ...base, fixed: [{ node: 1, route: 5 }] }, /fixed\[0\]\.route/],
    ['unreachable end', { ...base, routes: [{ start: 0, end: 1, startTime: 0, endTime: 5 }] }, /cannot even go from its start node/],
    ['no routes', { ...base, routes: [] }, /problem\.routes/],
  ])('rejects %s with a ToptwInputError', (_label, problem, message) => {
    let error: unknown;
    try {
      solveToptw(problem as ToptwProblem, { maxIterations: 1, timeMs: Infinity });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ToptwInputError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_toptw_instance', status: 400 });
    expect((error as Error).message).toMatch(message);
  });
});

describe('per-route windows, multiple windows, fixed visits', () => {
  it('keeps node 3 off route 0 where it is closed and uses the second window of node 2 when needed', () => {
    const solution = solveToptw(base, { seed: 1, maxIterations: 50, timeMs: Infinity });
    expect(solution.score).toBe(35);
    expect(checkToptwSolution(base, solution.routes.map((r) => r.nodes)).violations).toEqual([]);
    expect(solution.routes[0]!.nodes).not.toContain(3);
  });

  it('pins a fixed visit to its route and start time', () => {
    const problem: ToptwProblem = { ...base, fixed: [{ node: 2, route: 1, startTime: 65 }] };
    const solution = solveToptw(problem, { seed: 1, maxIterations: 50, timeMs: Infinity });
    const visit = solution.routes[1]!.visits.find((v) => v.node === 2);
    expect(visit?.start).toBe(65);
    expect(solution.missingMandatory).toEqual([]);
    expect(checkToptwSolution(problem, solution.routes.map((r) => r.nodes)).feasible).toBe(true);
  });

  it('reports a mandatory node that cannot be placed instead of returning an infeasible plan', () => {
    const problem: ToptwProblem = { ...base, fixed: [{ node: 2, route: 0, startTime: 95 }], mandatory: [1] };
    const solution = solveToptw(problem, { seed: 1, maxIterations: 20, timeMs: Infinity });
    expect(solution.missingMandatory).toContain(2);
    const check = checkToptwSolution(problem, solution.routes.map((r) => r.nodes));
    expect(check.violations).toEqual(['mandatory node 2 is not visited']);
  });

  it('the checker flags broken routes', () => {
    const check = checkToptwSolution(base, [[0, 1, 1, 0], [1, 3]]);
    expect(check.feasible).toBe(false);
    expect(check.violations.join('\n')).toMatch(/visited twice/);
    expect(check.violations.join('\n')).toMatch(/route 1: starts at 1/);
  });
});

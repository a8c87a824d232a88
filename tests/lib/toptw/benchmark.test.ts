import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkToProblem, checkToptwSolution, parseToptwBenchmark, solveToptw } from '@/lib/toptw';

// The standard instances live in ../shared beside the project (as on every developer machine and in
// CI); they are not copied into the repo. Missing, they fail the run rather than skip silently.
const dir = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'toptw', 'instances');

describe('benchmark file reader', () => {
  it('parses an inline file with CRLF, a visit list and two-decimal truncation', () => {
    const text = ['1 1 2 0', '100 200', ' 0 0.000 0.000 0 0 0 0 0 100', ' 1 3.000 4.005 2 12 4 1 15 5 50', ' 2 1.000 1.000 1 7 4 2 3 5 0 60', ''].join('\r\n');
    const inst = parseToptwBenchmark(text, { name: 'dir/pr99.txt' });
    expect(inst.name).toBe('pr99');
    expect(inst.decimals).toBe(2);
    expect(Array.from(inst.score)).toEqual([0, 12, 7]);
    expect(Array.from(inst.open)).toEqual([0, 5, 0]);
    expect(Array.from(inst.close)).toEqual([100, 50, 60]);
    expect(inst.travelTime[0 * 3 + 1]).toBe(5); // sqrt(9 + 16.04...) = 5.004 -> 5.00
    expect(inst.travelTime[0 * 3 + 2]).toBe(1.41); // 1.4142 -> 1.41
    const solo = parseToptwBenchmark(text, { name: 'c999.txt', decimals: 1 });
    expect(solo.travelTime[0 * 3 + 2]).toBe(1.4);
  });

  it('rejects malformed files with a ToptwInputError', () => {
    expect(() => parseToptwBenchmark('1 1 5 0\n0 0\n 0 0 0 0 0 0 0 0 100\n', { name: 'x' })).toThrow(/announces 5 vertices/);
    expect(() => parseToptwBenchmark('garbage', { name: 'x' })).toThrowError(expect.objectContaining({ code: 'invalid_toptw_instance', status: 400 }));
  });
});

describe('standard benchmark instances (../shared/toptw)', () => {
  it('finds the instances beside the project', () => {
    expect(existsSync(dir), `${dir} is missing: clone the project with ../shared beside it`).toBe(true);
  });

  it('reads c101 (Solomon, 1 decimal) and pr01 (Cordeau, CRLF, 2 decimals)', () => {
    const c101 = parseToptwBenchmark(readFileSync(path.join(dir, 'solomon-100', 'c101.txt'), 'utf8'), { name: 'c101.txt' });
    expect(c101.ids.length).toBe(101);
    expect(c101.decimals).toBe(1);
    expect(c101.close[0]).toBe(1236);
    const pr01 = parseToptwBenchmark(readFileSync(path.join(dir, 'cordeau', 'pr01.txt'), 'utf8'), { name: 'pr01.txt' });
    expect(pr01.ids.length).toBe(49);
    expect(pr01.decimals).toBe(2);
    expect(pr01.close[0]).toBe(1000);
  });

  it('solves c101 with m = 1 to the proven optimum 320 within a fixed iteration budget', () => {
    const inst = parseToptwBenchmark(readFileSync(path.join(dir, 'solomon-100', 'c101.txt'), 'utf8'), { name: 'c101.txt' });
    const problem = benchmarkToProblem(inst, 1);
    const solution = solveToptw(problem, { seed: 1, maxIterations: 1500, timeMs: Infinity });
    expect(checkToptwSolution(problem, solution.routes.map((r) => r.nodes)).violations).toEqual([]);
    expect(solution.score).toBeGreaterThanOrEqual(320);
  });

  it('solves rc101 with m = 2 above a regression floor', () => {
    const inst = parseToptwBenchmark(readFileSync(path.join(dir, 'solomon-100', 'rc101.txt'), 'utf8'), { name: 'rc101.txt' });
    const problem = benchmarkToProblem(inst, 2);
    const solution = solveToptw(problem, { seed: 1, maxIterations: 800, timeMs: Infinity });
    expect(checkToptwSolution(problem, solution.routes.map((r) => r.nodes)).violations).toEqual([]);
    // Reference (2010 workbook) is 427.
    expect(solution.score).toBeGreaterThanOrEqual(410);
  });
});

/**
 * Solves one TOPTW benchmark file and prints JSON on stdout.
 * Usage: npm run solve:toptw -- FILE --routes M [--seed S --time-ms T --iterations N]
 */
import { readFileSync } from 'node:fs';
import { benchmarkToProblem, checkToptwSolution, parseToptwBenchmark, solveToptw } from '../lib/toptw';

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run solve:toptw -- FILE --routes M [--seed S] [--time-ms T] [--iterations N] [--decimals 1|2]\n`);
  process.exit(2);
}

function main(): void {
  const args = process.argv.slice(2);
  let file: string | undefined;
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined) usage(`Missing value for ${a}.`);
      opts[a.slice(2)] = value;
      i++;
    } else if (file === undefined) file = a;
    else usage(`Unexpected argument ${a}.`);
  }
  if (!file) usage('Missing FILE.');
  const num = (key: string, fallback: number): number => {
    const raw = opts[key];
    if (raw === undefined) return fallback;
    const v = Number(raw);
    if (!Number.isFinite(v)) usage(`--${key} must be a number, got ${raw}.`);
    return v;
  };
  const routes = num('routes', NaN);
  if (!Number.isInteger(routes) || routes < 1) usage('--routes M is required (a positive integer).');
  const text = readFileSync(file, 'utf8');
  const inst = parseToptwBenchmark(text, { name: file, decimals: opts.decimals ? num('decimals', 1) : undefined });
  const problem = benchmarkToProblem(inst, routes);
  const iterations = opts.iterations !== undefined ? num('iterations', 0) : undefined;
  const timeMs = opts['time-ms'] !== undefined ? num('time-ms', 1000) : iterations !== undefined ? Infinity : 1000;
  const solution = solveToptw(problem, { seed: num('seed', 1), timeMs, maxIterations: iterations });
  const check = checkToptwSolution(problem, solution.routes.map((r) => r.nodes));
  if (!check.feasible || Math.abs(check.score - solution.score) > 1e-6) {
    process.stderr.write(`Internal error: infeasible solution: ${check.violations.join('; ')}\n`);
    process.exit(1);
  }
  const out = {
    instance: inst.name,
    score: solution.score,
    routes: solution.routes.map((r) => r.nodes.map((v) => inst.ids[v]!)),
    schedule: solution.routes.map((r) =>
      r.visits.map((v) => ({ id: inst.ids[v.node]!, arrival: round(v.arrival), start: round(v.start), end: round(v.end) })),
    ),
    iterations: solution.iterations,
    timeMs: Math.round(solution.elapsedMs),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

main();

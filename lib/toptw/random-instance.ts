import { checkToptwSolution } from './feasibility';
import { Rng } from './rng';
import type { TimeWindow, ToptwFixedVisit, ToptwNode, ToptwProblem, ToptwRoute } from './types';

/** Options of `randomToptwProblem`. */
export interface RandomToptwOptions {
  /** Number of places (start/end nodes come on top). */
  readonly places: number;
  /** Number of routes. */
  readonly routes: number;
  /** Use per-route window overrides on some nodes. Default false. */
  readonly perRouteWindows?: boolean;
  /** Give some nodes two windows. Default false. */
  readonly multiWindows?: boolean;
  /** Separate start and end nodes per route (else node 0 is start and end of all). Default false. */
  readonly distinctDepots?: boolean;
  /** Number of mandatory nodes to draw from a known feasible solution. Default 0. */
  readonly mandatory?: number;
  /** Number of fixed (route + time) visits to draw from that solution. Default 0. */
  readonly fixed?: number;
  /** Route time budget. Default 200. */
  readonly budget?: number;
}

/**
 * Random TOPTW instance for tests and demos (integer coordinates in a 100 x 100 square, Euclidean
 * travel times rounded to 0.1). Mandatory/fixed nodes are taken from a random feasible solution, so
 * the instance is always satisfiable.
 */
export function randomToptwProblem(seed: number, options: RandomToptwOptions): ToptwProblem {
  const rng = new Rng(seed);
  const m = options.routes;
  const depots = options.distinctDepots ? 2 * m : 1;
  const n = depots + options.places;
  const budget = options.budget ?? 200;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    xs.push(rng.int(101));
    ys.push(rng.int(101));
  }
  const travel: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(Math.round(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) * 10) / 10);
    travel.push(row);
  }
  const randomWindows = (): TimeWindow[] => {
    const count = options.multiWindows && rng.next() < 0.4 ? 2 : 1;
    const out: TimeWindow[] = [];
    let t = rng.int(Math.floor(budget / 2));
    for (let w = 0; w < count; w++) {
      const len = 10 + rng.int(Math.floor(budget / 2));
      out.push({ open: t, close: t + len });
      t += len + 10 + rng.int(40);
    }
    return out;
  };
  const nodes: ToptwNode[] = [];
  for (let i = 0; i < n; i++) {
    if (i < depots) {
      nodes.push({ score: 0, serviceTime: 0, windows: [] });
      continue;
    }
    const windows = randomWindows();
    let windowsByRoute: (TimeWindow[] | undefined)[] | undefined;
    if (options.perRouteWindows && rng.next() < 0.4) {
      windowsByRoute = [];
      for (let r = 0; r < m; r++) windowsByRoute.push(rng.next() < 0.3 ? [] : rng.next() < 0.5 ? randomWindows() : undefined);
    }
    nodes.push({ score: 1 + rng.int(30), serviceTime: rng.int(20), windows, ...(windowsByRoute ? { windowsByRoute } : {}) });
  }
  const routes: ToptwRoute[] = [];
  for (let r = 0; r < m; r++) {
    const start = options.distinctDepots ? 2 * r : 0;
    const end = options.distinctDepots ? 2 * r + 1 : 0;
    routes.push({ start, end, startTime: 0, endTime: Math.max(budget, travel[start]![end]!) });
  }
  const base: ToptwProblem = { travelTime: travel, nodes, routes };
  const wantMandatory = options.mandatory ?? 0;
  const wantFixed = options.fixed ?? 0;
  if (wantMandatory === 0 && wantFixed === 0) return base;

  // A random feasible solution: append random places while the checker accepts them.
  const seqs: number[][] = routes.map((r) => [r.start, r.end]);
  for (let tries = 0; tries < 4 * n; tries++) {
    const j = depots + rng.int(options.places);
    if (seqs.some((s) => s.includes(j))) continue;
    const r = rng.int(m);
    const seq = seqs[r]!;
    const candidate = [...seq.slice(0, -1), j, seq[seq.length - 1]!];
    const trial = seqs.map((s, k) => (k === r ? candidate : s));
    if (checkToptwSolution(base, trial).feasible) seqs[r] = candidate;
  }
  const check = checkToptwSolution(base, seqs);
  const visited: { node: number; route: number; start: number }[] = [];
  check.routes.forEach((visits, r) => visits.slice(1, -1).forEach((v) => visited.push({ node: v.node, route: r, start: v.start })));
  const fixed: ToptwFixedVisit[] = [];
  const mandatory: number[] = [];
  for (let k = 0; k < visited.length; k++) {
    const pick = visited[(k * 7 + seed) % visited.length]!;
    if (fixed.some((f) => f.node === pick.node) || mandatory.includes(pick.node)) continue;
    if (fixed.length < wantFixed) fixed.push({ node: pick.node, route: pick.route, startTime: pick.start });
    else if (mandatory.length < wantMandatory) mandatory.push(pick.node);
  }
  return { ...base, mandatory, fixed };
}

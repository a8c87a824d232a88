/**
 * TOPTW engine — public API (Team Orienteering Problem with Time Windows: pick and order places over
 * m routes/days to maximise the collected score within each route's time budget and the places'
 * opening windows).
 *
 * Typical use (trip planner, times in minutes):
 *
 *   const problem: ToptwProblem = {
 *     travelTime: matrix,                      // number[][] | Float64Array(n*n) | (from, to) => minutes
 *     nodes: places.map((p) => ({ score: p.value, serviceTime: p.visitMinutes,
 *       windows: [{ open: 480, close: 660 - p.visitMinutes }, { open: 840, close: 1020 - p.visitMinutes }],
 *       windowsByRoute: p.closedOnDay2 ? [undefined, []] : undefined })),   // per-day overrides
 *     routes: days.map((d) => ({ start: hotelIdx, end: hotelIdx, startTime: 540, endTime: 1260 })),
 *     mandatory: [mustSeeIdx],
 *     fixed: [{ node: pinnedIdx, route: 1, startTime: 600 }],
 *   };
 *   const solution = solveToptw(problem, { seed: 1, timeMs: 300 });
 *   const check = checkToptwSolution(problem, solution.routes.map((r) => r.nodes));
 *
 * Anytime use (e.g. re-plan in slices between requests): `const search = new ToptwSearch(problem,
 * { seed, initialRoutes })`, then `search.run({ timeMs: 50 })` as often as wanted and
 * `search.best()` / `search.bestScore()` at any time. `initialRoutes` warm-starts from an earlier plan
 * (infeasible parts are dropped), so re-optimising never returns less than the feasible old plan.
 * Determinism: same seed + `maxIterations` with `timeMs: Infinity` gives the same routes.
 *
 * Rules: service must START inside a window of that node for that route (use close = closing time -
 * visit length if the visit must end before closing); waiting is allowed; start/end nodes are never
 * visited as places; every node is visited at most once; mandatory/fixed nodes the search could not
 * place are listed in `solution.missingMandatory` (the routes are still feasible).
 */
export type {
  TimeWindow,
  ToptwCheckResult,
  ToptwFixedVisit,
  ToptwNode,
  ToptwProblem,
  ToptwRoute,
  ToptwRouteResult,
  ToptwSolution,
  ToptwSolveOptions,
  ToptwTravelTime,
  ToptwVisit,
} from './types';
export { ToptwInputError } from './errors';
export { checkToptwSolution } from './feasibility';
export { solveToptw, ToptwSearch, type ToptwRunLimits } from './solver';
export { compileProblem, mergeWindows, TIME_EPS, type CompiledInstance } from './instance';
export { RouteState } from './schedule';
export { Rng } from './rng';
export {
  benchmarkToProblem,
  parseToptwBenchmark,
  type ParseBenchmarkOptions,
  type ToptwBenchmarkInstance,
} from './benchmark-format';
export { randomToptwProblem, type RandomToptwOptions } from './random-instance';
export { reduceTravel, routeEnd, type ReduceTravelOptions, type ReducedTravel } from './travel';

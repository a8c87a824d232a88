/**
 * Public data shapes of the TOPTW engine (Team Orienteering Problem with Time Windows).
 *
 * Times are plain numbers in whatever unit the caller uses (the trip planner uses minutes, the
 * benchmark files use abstract units); travel times, service times and windows must share that unit.
 */

/** A period in which service at a node may START: open <= start <= close. */
export interface TimeWindow {
  /** Earliest start of service; arriving earlier means waiting. */
  readonly open: number;
  /**
   * Latest start of service. If a visit must also END before a closing hour, pass
   * `close = closingHour - serviceTime`.
   */
  readonly close: number;
}

/** One place that may be visited. */
export interface ToptwNode {
  /** Value collected when the node is visited (>= 0). Nodes with score 0 are only visited when mandatory. */
  readonly score: number;
  /** Time spent at the node (>= 0). */
  readonly serviceTime: number;
  /**
   * Windows that apply on every route unless `windowsByRoute` overrides them. Several windows
   * (e.g. a lunch break) are allowed; an empty list means the node can never be visited.
   */
  readonly windows: readonly TimeWindow[];
  /**
   * Optional per-route override: `windowsByRoute[k]` are the node's windows on route (day) k. An
   * entry that is `null`/`undefined` (or missing) falls back to `windows`; an empty array means the
   * node is closed on that route.
   */
  readonly windowsByRoute?: readonly (readonly TimeWindow[] | null | undefined)[];
}

/** One route (a day of the trip). */
export interface ToptwRoute {
  /** Node where the route starts (e.g. the hotel). Start/end nodes are never visited as places. */
  readonly start: number;
  /** Node where the route ends (may equal `start`). */
  readonly end: number;
  /** Departure time from `start`. */
  readonly startTime: number;
  /** Latest arrival time at `end` (the route's time budget ends here). */
  readonly endTime: number;
}

/** A node that must be visited, optionally on a given route and/or at a given time. */
export interface ToptwFixedVisit {
  /** The node index. */
  readonly node: number;
  /** Route index the node must be on; omitted = any route. */
  readonly route?: number;
  /** Exact service start; replaces the node's windows (on every route it may use). */
  readonly startTime?: number;
  /** Alternative to `startTime`: a window that replaces the node's windows. */
  readonly window?: TimeWindow;
}

/** Travel time source: a flat row-major n*n matrix, a nested matrix or a function. */
export type ToptwTravelTime =
  | Float64Array
  | readonly (readonly number[])[]
  | ((from: number, to: number) => number);

/** A complete TOPTW instance. Node indices are 0..nodes.length-1. */
export interface ToptwProblem {
  /** travelTime(i, j) = time to go from node i to node j (>= 0, need not be symmetric). */
  readonly travelTime: ToptwTravelTime;
  /** Every node, including the route start/end nodes (whose score/windows are ignored). */
  readonly nodes: readonly ToptwNode[];
  /** One entry per route; the number of routes is `routes.length`. */
  readonly routes: readonly ToptwRoute[];
  /** Nodes that must be visited on some route (must-see places). */
  readonly mandatory?: readonly number[];
  /** Pinned visits (implicitly mandatory). */
  readonly fixed?: readonly ToptwFixedVisit[];
}

/** Options of a solve. */
export interface ToptwSolveOptions {
  /** Seed of the PRNG; same seed + same iteration limit = same result. Default 1. */
  readonly seed?: number;
  /** Wall-clock limit in ms. Default 1000. Use `Infinity` with `maxIterations` for determinism. */
  readonly timeMs?: number;
  /** Limit on metaheuristic iterations (one perturbation + repair each). Default unlimited. */
  readonly maxIterations?: number;
  /**
   * Warm start: routes as node lists (with or without the start/end nodes). Infeasible parts are
   * dropped, so the result scores at least as much as the feasible part of this solution.
   */
  readonly initialRoutes?: readonly (readonly number[])[];
  /** Called with each new best solution's score (cheap: no solution object is built). */
  readonly onImprove?: (score: number, iteration: number) => void;
  /** Polled between iterations; returning true stops the search (anytime use). */
  readonly shouldStop?: () => boolean;
}

/** A visit with its schedule. */
export interface ToptwVisit {
  /** Node index. */
  readonly node: number;
  /** Arrival time at the node. */
  readonly arrival: number;
  /** Service start (>= arrival; the difference is waiting). */
  readonly start: number;
  /** Service end = start + serviceTime (departure time). */
  readonly end: number;
}

/** One route of a solution, start and end nodes included in `nodes` and `visits`. */
export interface ToptwRouteResult {
  /** Node sequence: start node, visited places, end node. */
  readonly nodes: number[];
  /** Schedule for every entry of `nodes`. */
  readonly visits: ToptwVisit[];
  /** Sum of the scores of the visited places. */
  readonly score: number;
}

/** Result of `solveToptw`. */
export interface ToptwSolution {
  /** Total score collected. */
  readonly score: number;
  /** One result per route, in route order. */
  readonly routes: ToptwRouteResult[];
  /** Mandatory/fixed nodes the search could not place (empty when all constraints hold). */
  readonly missingMandatory: number[];
  /** Metaheuristic iterations done. */
  readonly iterations: number;
  /** Wall-clock time spent in ms. */
  readonly elapsedMs: number;
}

/** Result of the feasibility checker. */
export interface ToptwCheckResult {
  /** True when every rule holds. */
  readonly feasible: boolean;
  /** Human-readable violations (empty when feasible). */
  readonly violations: string[];
  /** Sum of the scores of the visited places. */
  readonly score: number;
  /** Earliest-start schedule of every route (visits up to the first broken rule). */
  readonly routes: ToptwVisit[][];
}

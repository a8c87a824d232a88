import { ToptwInputError } from './errors';
import type { TimeWindow, ToptwProblem } from './types';

/** Tolerance used by every time comparison (sums of decimals are not exact in binary floats). */
export const TIME_EPS = 1e-6;

/**
 * Validated, flattened form of a `ToptwProblem` that the solver and the checker share. Everything is
 * a typed array so the hot loops index numbers, never objects.
 */
export interface CompiledInstance {
  /** Number of nodes. */
  readonly n: number;
  /** Number of routes. */
  readonly m: number;
  /** Travel times, row-major: dist[i * n + j]. */
  readonly dist: Float64Array;
  /** Score per node (0 for start/end nodes). */
  readonly score: Float64Array;
  /** Service time per node (0 for start/end nodes: the hotel is not a visit). */
  readonly serv: Float64Array;
  /** Windows of node j on route r: indices winOff[r*n+j] .. winOff[r*n+j]+winCnt[r*n+j]-1, sorted by open. */
  readonly winOff: Int32Array;
  /** See `winOff`. */
  readonly winCnt: Int32Array;
  /** Window opens (flat). */
  readonly winOpen: Float64Array;
  /** Window closes (flat). */
  readonly winClose: Float64Array;
  /** Route start node per route. */
  readonly routeStart: Int32Array;
  /** Route end node per route. */
  readonly routeEnd: Int32Array;
  /** Departure time per route. */
  readonly routeStartTime: Float64Array;
  /** Latest arrival at the end node per route. */
  readonly routeEndTime: Float64Array;
  /** 1 when a node may be visited as a place (not a start/end node). */
  readonly isCustomer: Uint8Array;
  /** 1 when a node must be visited (mandatory or fixed). */
  readonly isMandatory: Uint8Array;
  /** Insertion priority: 2 = fixed (route and/or time pinned, most constrained), 1 = mandatory, 0 = optional. */
  readonly priority: Uint8Array;
  /** Customer node indices. */
  readonly customers: Int32Array;
  /** Mandatory node indices. */
  readonly mandatory: Int32Array;
}

function fail(message: string): never {
  throw new ToptwInputError(message);
}

function checkFinite(value: unknown, what: string, min = -Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} must be a finite number, got ${String(value)}.`);
  if (value < min) fail(`${what} must be >= ${min}, got ${value}.`);
  return value;
}

function checkNodeIndex(value: unknown, n: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= n) {
    fail(`${what} must be a node index in 0..${n - 1}, got ${String(value)}.`);
  }
  return value;
}

const cache = new WeakMap<ToptwProblem, CompiledInstance>();

/**
 * Validates a problem and flattens it into typed arrays. Throws `ToptwInputError` naming the field
 * to fix. Results are cached per problem object (problems are treated as immutable).
 */
export function compileProblem(problem: ToptwProblem): CompiledInstance {
  const cached = cache.get(problem);
  if (cached) return cached;
  const compiled = compileUncached(problem);
  cache.set(problem, compiled);
  return compiled;
}

function compileUncached(problem: ToptwProblem): CompiledInstance {
  if (!problem || typeof problem !== 'object') fail('The problem must be an object with travelTime, nodes and routes.');
  const nodes = problem.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) fail('problem.nodes must be a non-empty array.');
  const routes = problem.routes;
  if (!Array.isArray(routes) || routes.length === 0) fail('problem.routes must be a non-empty array (one entry per route/day).');
  const n = nodes.length;
  const m = routes.length;

  const dist = new Float64Array(n * n);
  const tt = problem.travelTime;
  if (typeof tt === 'function') {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) dist[i * n + j] = checkFinite(tt(i, j), `travelTime(${i}, ${j})`, 0);
  } else if (tt instanceof Float64Array) {
    if (tt.length !== n * n) fail(`problem.travelTime has ${tt.length} entries; a flat matrix needs nodes.length² = ${n * n}.`);
    for (let k = 0; k < n * n; k++) dist[k] = checkFinite(tt[k], `travelTime[${k}]`, 0);
  } else if (Array.isArray(tt)) {
    if (tt.length !== n) fail(`problem.travelTime has ${tt.length} rows; it needs one per node (${n}).`);
    for (let i = 0; i < n; i++) {
      const row = tt[i];
      if (!Array.isArray(row) || row.length !== n) fail(`problem.travelTime[${i}] must be an array of ${n} numbers.`);
      for (let j = 0; j < n; j++) dist[i * n + j] = checkFinite(row[j], `travelTime[${i}][${j}]`, 0);
    }
  } else {
    fail('problem.travelTime must be a Float64Array (n*n), a number[][] or a function (from, to) => time.');
  }

  const routeStart = new Int32Array(m);
  const routeEnd = new Int32Array(m);
  const routeStartTime = new Float64Array(m);
  const routeEndTime = new Float64Array(m);
  const isCustomer = new Uint8Array(n).fill(1);
  for (let r = 0; r < m; r++) {
    const route = routes[r];
    if (!route || typeof route !== 'object') fail(`problem.routes[${r}] must be an object { start, end, startTime, endTime }.`);
    routeStart[r] = checkNodeIndex(route.start, n, `routes[${r}].start`);
    routeEnd[r] = checkNodeIndex(route.end, n, `routes[${r}].end`);
    routeStartTime[r] = checkFinite(route.startTime, `routes[${r}].startTime`);
    routeEndTime[r] = checkFinite(route.endTime, `routes[${r}].endTime`);
    if (route.endTime < route.startTime) fail(`routes[${r}].endTime (${route.endTime}) is before its startTime (${route.startTime}).`);
    isCustomer[routeStart[r]!] = 0;
    isCustomer[routeEnd[r]!] = 0;
  }

  for (let r = 0; r < m; r++) {
    const direct = routeStartTime[r]! + dist[routeStart[r]! * n + routeEnd[r]!]!;
    if (direct > routeEndTime[r]! + TIME_EPS) {
      fail(`routes[${r}] cannot even go from its start node to its end node by endTime (${routeEndTime[r]}; earliest arrival ${direct}); allow more time.`);
    }
  }

  const score = new Float64Array(n);
  const serv = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const node = nodes[j];
    if (!node || typeof node !== 'object') fail(`problem.nodes[${j}] must be an object { score, serviceTime, windows }.`);
    const s = checkFinite(node.score, `nodes[${j}].score`, 0);
    const d = checkFinite(node.serviceTime, `nodes[${j}].serviceTime`, 0);
    if (isCustomer[j]) {
      score[j] = s;
      serv[j] = d;
    }
  }

  // Fixed visits override windows and route eligibility; gather them before building the windows.
  const isMandatory = new Uint8Array(n);
  const priority = new Uint8Array(n);
  const fixedRoute = new Int32Array(n).fill(-1);
  const fixedWindow: (TimeWindow | undefined)[] = new Array<TimeWindow | undefined>(n);
  for (const [idx, node] of (problem.mandatory ?? []).entries()) {
    const j = checkNodeIndex(node, n, `mandatory[${idx}]`);
    if (!isCustomer[j]) fail(`mandatory[${idx}] = ${j} is a route start/end node; only places can be mandatory.`);
    isMandatory[j] = 1;
    priority[j] = 1;
  }
  const seenFixed = new Uint8Array(n);
  for (const [idx, fixed] of (problem.fixed ?? []).entries()) {
    if (!fixed || typeof fixed !== 'object') fail(`fixed[${idx}] must be an object { node, route?, startTime? }.`);
    const j = checkNodeIndex(fixed.node, n, `fixed[${idx}].node`);
    if (!isCustomer[j]) fail(`fixed[${idx}].node = ${j} is a route start/end node; only places can be fixed.`);
    if (seenFixed[j]) fail(`Node ${j} is fixed twice (fixed[${idx}]); give one fixed entry per node.`);
    seenFixed[j] = 1;
    isMandatory[j] = 1;
    priority[j] = fixed.route !== undefined || fixed.startTime !== undefined || fixed.window !== undefined ? 2 : 1;
    if (fixed.route !== undefined) {
      if (!Number.isInteger(fixed.route) || fixed.route < 0 || fixed.route >= m) fail(`fixed[${idx}].route must be a route index in 0..${m - 1}, got ${String(fixed.route)}.`);
      fixedRoute[j] = fixed.route;
    }
    if (fixed.startTime !== undefined && fixed.window !== undefined) fail(`fixed[${idx}] has both startTime and window; give one.`);
    if (fixed.startTime !== undefined) {
      const t = checkFinite(fixed.startTime, `fixed[${idx}].startTime`);
      fixedWindow[j] = { open: t, close: t };
    } else if (fixed.window !== undefined) {
      const open = checkFinite(fixed.window.open, `fixed[${idx}].window.open`);
      const close = checkFinite(fixed.window.close, `fixed[${idx}].window.close`);
      if (close < open) fail(`fixed[${idx}].window closes (${close}) before it opens (${open}).`);
      fixedWindow[j] = { open, close };
    }
  }

  const winOff = new Int32Array(m * n);
  const winCnt = new Int32Array(m * n);
  const opens: number[] = [];
  const closes: number[] = [];
  for (let j = 0; j < n; j++) {
    const node = nodes[j]!;
    if (!Array.isArray(node.windows)) fail(`nodes[${j}].windows must be an array of { open, close } (may be empty).`);
    if (node.windowsByRoute !== undefined && !Array.isArray(node.windowsByRoute)) fail(`nodes[${j}].windowsByRoute must be an array indexed by route.`);
    if (node.windowsByRoute && node.windowsByRoute.length > m) fail(`nodes[${j}].windowsByRoute has ${node.windowsByRoute.length} entries but there are only ${m} routes.`);
    for (let r = 0; r < m; r++) {
      winOff[r * n + j] = opens.length;
      if (!isCustomer[j]) continue;
      if (fixedRoute[j]! >= 0 && fixedRoute[j] !== r) continue;
      const list = node.windowsByRoute?.[r] ?? node.windows;
      if (!Array.isArray(list)) fail(`nodes[${j}].windowsByRoute[${r}] must be an array of { open, close }.`);
      const valid: TimeWindow[] = [];
      for (const [w, win] of list.entries()) {
        const where = node.windowsByRoute?.[r] ? `nodes[${j}].windowsByRoute[${r}][${w}]` : `nodes[${j}].windows[${w}]`;
        if (!win || typeof win !== 'object') fail(`${where} must be { open, close }.`);
        const open = checkFinite(win.open, `${where}.open`);
        const close = checkFinite(win.close, `${where}.close`);
        if (close < open) fail(`${where} closes (${close}) before it opens (${open}).`);
        valid.push({ open, close });
      }
      const fw = fixedWindow[j];
      // A pinned time wins over opening hours: the traveller decided, the engine obeys.
      const effective = fw ? [fw] : mergeWindows(valid);
      for (const win of effective) {
        opens.push(win.open);
        closes.push(win.close);
      }
      winCnt[r * n + j] = effective.length;
    }
  }

  const customers: number[] = [];
  const mandatory: number[] = [];
  for (let j = 0; j < n; j++) {
    if (isCustomer[j]) customers.push(j);
    if (isMandatory[j]) mandatory.push(j);
  }

  return {
    n,
    m,
    dist,
    score,
    serv,
    winOff,
    winCnt,
    winOpen: Float64Array.from(opens),
    winClose: Float64Array.from(closes),
    routeStart,
    routeEnd,
    routeStartTime,
    routeEndTime,
    isCustomer,
    isMandatory,
    priority,
    customers: Int32Array.from(customers),
    mandatory: Int32Array.from(mandatory),
  };
}

/**
 * Sorts windows and merges overlapping ones. Disjoint sorted windows make "the first window whose
 * close is not yet passed" the unique best choice, which the O(1) insertion test relies on.
 */
export function mergeWindows(windows: readonly TimeWindow[]): TimeWindow[] {
  const sorted = [...windows].sort((a, b) => a.open - b.open);
  const out: TimeWindow[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.open <= last.close) out[out.length - 1] = { open: last.open, close: Math.max(last.close, w.close) };
    else out.push({ open: w.open, close: w.close });
  }
  return out;
}

import { ToptwInputError } from './errors';
import { type CompiledInstance, compileProblem, TIME_EPS } from './instance';
import { Rng } from './rng';
import { RouteState } from './schedule';
import type { ToptwProblem, ToptwRouteResult, ToptwSolution, ToptwSolveOptions, ToptwVisit } from './types';

/** Limits of one `ToptwSearch.run` call. */
export interface ToptwRunLimits {
  /** Wall-clock budget of this call in ms (default: Infinity when maxIterations is set, else 1000). */
  readonly timeMs?: number;
  /** Iterations this call may add (default unlimited). */
  readonly maxIterations?: number;
  /** Polled between iterations; true stops the call. */
  readonly shouldStop?: () => boolean;
}

/** Non-improving iterations after which the search restarts from the best solution. */
const RESTART_AFTER = Number(process.env.RESTART ?? 200);
/** Amplitude of the insertion-ratio noise on noisy iterations. */
const NOISE = 0.3;
/**
 * A shake removes at most max(SHAKE_MIN, SHAKE_FRAC * route length) visits per route: on long routes
 * (Cordeau pr*, ~50 visits) Vansteenwegen's n/(3m) cap rebuilds nearly whole routes and wastes time.
 */
const SHAKE_FRAC = 0.3;
const SHAKE_MIN = 4;
const REPLACE_RADIUS = Number(process.env.RADIUS ?? 1000);
const REPLACE_MODE = Number(process.env.REPL ?? 0);
const REPLACE_MARGIN = Number(process.env.MARGIN ?? 0.02);
/** Share of iterations whose first refill may not reuse the places the shake just removed. */
const TABU_PROBABILITY = 0.5;

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/**
 * Anytime TOPTW search (iterated local search with greedy ratio insertion, segment shaking and
 * restarts from the best solution). Create it once, call `run` as often as you like, read `best()`
 * whenever you need the best-so-far solution.
 */
export class ToptwSearch {
  private readonly inst: CompiledInstance;
  private readonly rng: Rng;
  private readonly cur: RouteState;
  private readonly bestState: RouteState;
  private readonly onImprove: ((score: number, iteration: number) => void) | undefined;
  private bestDuration: number;
  private iterations = 0;
  private elapsed = 0;
  // Shake parameters (Vansteenwegen et al. 2009): remove `shakeSize` consecutive visits starting at
  // `shakePos` in every route; both grow while the search stalls and reset on improvement.
  private shakeSize = 1;
  private shakePos = 1;
  private noImprove = 0;
  private readonly maxShakeSize: number;
  // Per-node multiplicative noise on the insertion ratio, redrawn every iteration: cheap
  // diversification (one draw per node, not per evaluated position).
  private readonly noise: Float64Array;
  private noiseLevel = 0;
  // Iteration stamp of the shake that removed each node: the first refill skips these so that the
  // search does not simply rebuild what it just destroyed.
  private readonly removedAt: Int32Array;
  private tabuStamp = -1;
  /** Routes changed by the current iteration's shake or refill (the replace move only scans these). */
  private readonly touched: Uint8Array;
  /** Best insertion value / position of node j into route r at j*m+r (valid for unvisited j). */
  private readonly cacheVal: Float64Array;
  private readonly cachePos: Int32Array;
  /** Close of the last window of node j on route r (+ tolerance), at r*n+j: a cheap pruning bound. */
  private readonly lastClose: Float64Array;

  /** Validates the problem and builds the initial (greedy or warm-started) solution. */
  constructor(private readonly problem: ToptwProblem, options: Pick<ToptwSolveOptions, 'seed' | 'initialRoutes' | 'onImprove'> = {}) {
    this.inst = compileProblem(problem);
    this.rng = new Rng(options.seed ?? 1);
    this.onImprove = options.onImprove;
    this.cur = new RouteState(this.inst);
    this.bestState = new RouteState(this.inst);
    this.maxShakeSize = Math.max(4, Math.floor(this.inst.customers.length / (3 * this.inst.m)));
    this.noise = new Float64Array(this.inst.n).fill(1);
    this.touched = new Uint8Array(this.inst.m).fill(1);
    this.cacheVal = new Float64Array(this.inst.n * this.inst.m);
    this.cachePos = new Int32Array(this.inst.n * this.inst.m);
    this.removedAt = new Int32Array(this.inst.n); // 0 = never removed; stamps start at 1
    const { winOff, winCnt, winClose } = this.inst;
    this.lastClose = new Float64Array(winCnt.length);
    for (let k = 0; k < winCnt.length; k++) this.lastClose[k] = winCnt[k]! > 0 ? winClose[winOff[k]! + winCnt[k]! - 1]! + TIME_EPS : -Infinity;
    if (options.initialRoutes) this.loadWarmStart(options.initialRoutes);
    this.fill(this.cur);
    this.bestState.copyFrom(this.cur);
    this.bestDuration = this.cur.totalDuration();
  }

  /** Runs the search until a limit is hit; may be called repeatedly (anytime use). */
  run(limits: ToptwRunLimits = {}): void {
    const started = now();
    const timeMs = limits.timeMs ?? (limits.maxIterations !== undefined ? Infinity : 1000);
    const maxIt = limits.maxIterations ?? Infinity;
    const deadline = started + timeMs;
    let done = 0;
    // Nothing to search when every place is already visited.
    const allVisited = () => this.bestState.mandCount === this.inst.mandatory.length && this.countUnvisited(this.bestState) === 0;
    while (done < maxIt && !allVisited()) {
      if (timeMs !== Infinity && now() >= deadline) break;
      if (limits.shouldStop?.()) break;
      this.iterate();
      done++;
    }
    this.elapsed += now() - started;
  }

  /** The best solution found so far, with schedules. */
  best(): ToptwSolution {
    return buildSolution(this.inst, this.bestState, this.iterations, this.elapsed);
  }

  /** Score of the best solution so far (cheap). */
  bestScore(): number {
    return this.bestState.score;
  }

  private countUnvisited(s: RouteState): number {
    let c = 0;
    const { customers, score, isMandatory } = this.inst;
    for (let k = 0; k < customers.length; k++) {
      const j = customers[k]!;
      if (s.routeOf[j]! < 0 && (score[j]! > 0 || isMandatory[j])) c++;
    }
    return c;
  }

  private iterate(): void {
    const cur = this.cur;
    this.iterations++;
    this.shake(cur);
    if (this.bestState.mandCount < this.inst.mandatory.length && this.rng.next() < 0.3) this.clearRoute(cur, this.rng.int(this.inst.m));
    this.drawNoise();
    if (this.rng.next() < TABU_PROBABILITY) {
      this.tabuStamp = this.iterations;
      this.fill(cur);
      this.tabuStamp = -1;
    }
    this.fill(cur);
    if (REPLACE_MODE === 0) this.replace(cur);
    else if (REPLACE_MODE === 1) this.replaceInPlace(cur);
    else {
      this.replaceInPlace(cur);
      if (cur.score >= this.bestState.score - REPLACE_MARGIN * this.bestState.score) this.replace(cur);
    }
    this.touched.fill(0);
    const best = this.bestState;
    const better = cur.mandCount > best.mandCount || (cur.mandCount === best.mandCount && cur.score > best.score + TIME_EPS);
    if (better) {
      best.copyFrom(cur);
      this.bestDuration = cur.totalDuration();
      this.shakeSize = 1;
      this.noImprove = 0;
      this.onImprove?.(best.score, this.iterations);
    } else {
      if (cur.mandCount === best.mandCount && Math.abs(cur.score - best.score) <= TIME_EPS) {
        const d = cur.totalDuration();
        if (d < this.bestDuration - TIME_EPS) {
          best.copyFrom(cur);
          this.bestDuration = d;
        }
      }
      this.noImprove++;
    }
    this.shakePos += this.shakeSize;
    this.shakeSize++;
    if (this.shakeSize > this.maxShakeSize) this.shakeSize = 1;
    if (this.noImprove > 0 && this.noImprove % RESTART_AFTER === 0) {
      cur.copyFrom(best);
    }
  }

  /** Removes `shakeSize` consecutive visits (cyclically) from every route, starting at `shakePos`. */
  private shake(s: RouteState): void {
    const { m, score, isMandatory } = this.inst;
    const cap = s.cap;
    // With many routes, shaking all of them makes an iteration m times dearer for little gain:
    // shake about two random routes per iteration instead (always at least one).
    const forced = this.rng.int(m);
    for (let r = 0; r < m; r++) {
      if (m > 2 && r !== forced && this.rng.next() >= 1 / (m - 1)) continue;
      const base = r * cap;
      const c = s.len[r]! - 2;
      if (c <= 0) continue;
      this.touched[r] = 1;
      const limit = Math.max(SHAKE_MIN, Math.ceil(c * SHAKE_FRAC));
      const size = this.shakeSize < limit ? this.shakeSize : 1 + ((this.shakeSize - 1) % limit);
      const count = size < c ? size : c;
      const start = this.rng.int(c);
      let w = 1;
      for (let q = 0; q < c; q++) {
        const node = s.nodes[base + 1 + q]!;
        if ((q - start + c) % c < count) {
          s.routeOf[node] = -1;
          this.removedAt[node] = this.iterations;
          s.score -= score[node]!;
          s.mandCount -= isMandatory[node]!;
        } else {
          s.nodes[base + w++] = node;
        }
      }
      s.nodes[base + w] = s.nodes[base + c + 1]!;
      s.len[r] = w + 1;
      s.recompute(r, 1);
    }
  }

  /** Empties one route: the strong move the search needs when must-visit nodes block each other. */
  private clearRoute(s: RouteState, r: number): void {
    while (s.len[r]! > 2) {
      this.removedAt[s.nodes[r * s.cap + 1]!] = this.iterations;
      s.removeAt(r, 1);
    }
  }

  /**
   * Greedy insertion until nothing fits: fixed, then mandatory nodes first (smallest noisy delay),
   * then the best score²/delay ratio over every unvisited node, route and position, each tested in
   * O(1). The best insertion of every node into every route is cached, so after an insertion only
   * the changed route is re-evaluated (O(unvisited x route length) instead of x all routes).
   */
  private fill(s: RouteState): void {
    const { customers, priority, m } = this.inst;
    const cacheVal = this.cacheVal;
    const cachePos = this.cachePos;
    for (let r = 0; r < m; r++) this.evalRoute(s, r);
    for (;;) {
      let bestJ = -1;
      let bestR = -1;
      let bestVal = -Infinity;
      let bestTier = 0;
      for (let k = 0; k < customers.length; k++) {
        const j = customers[k]!;
        if (s.routeOf[j]! >= 0) continue;
        const tier = priority[j]!;
        if (tier < bestTier) continue;
        if (tier === 0 && this.removedAt[j] === this.tabuStamp) continue;
        const row = j * m;
        for (let r = 0; r < m; r++) {
          const val = cacheVal[row + r]!;
          if (val === -Infinity) continue;
          if (tier > bestTier || val > bestVal) {
            bestVal = val;
            bestJ = j;
            bestR = r;
            bestTier = tier;
          }
        }
      }
      if (bestJ < 0) return;
      s.insert(bestJ, bestR, cachePos[bestJ * m + bestR]!);
      this.touched[bestR] = 1;
      this.evalRoute(s, bestR);
    }
  }

  /** Fills the insertion cache of route r for every unvisited node. */
  private evalRoute(s: RouteState, r: number): void {
    const { customers, priority, score, m, n, winCnt } = this.inst;
    const noise = this.noise;
    const cacheVal = this.cacheVal;
    const cachePos = this.cachePos;
    const L = s.len[r]!;
    const base = r * s.cap;
    for (let k = 0; k < customers.length; k++) {
      const j = customers[k]!;
      if (s.routeOf[j]! >= 0) continue;
      const tier = priority[j]!;
      const sj = score[j]!;
      let best = -Infinity;
      let bestP = -1;
      if (winCnt[r * n + j] !== 0 && (tier > 0 || sj > 0)) {
        // Must-visit nodes compete on delay alone (with noise, so a blocking choice is not repeated forever).
        const num = tier > 0 ? noise[j]! : sj * sj * noise[j]!;
        const lastClose = this.lastClose[r * n + j]!;
        for (let p = 1; p < L; p++) {
          // Service starts never decrease along a route: once the previous visit starts after j's
          // last window closed, no later position can take j either.
          if (s.st[base + p - 1]! > lastClose) break;
          const shift = s.insertionShift(j, r, p);
          if (shift === Infinity) continue;
          const val = num / (shift > 1e-9 ? shift : 1e-9);
          if (val > best) {
            best = val;
            bestP = p;
          }
        }
      }
      cacheVal[j * m + r] = best;
      cachePos[j * m + r] = bestP;
    }
  }

  private drawNoise(): void {
    const missing = this.bestState.mandCount < this.inst.mandatory.length;
    const level = missing ? 1 : this.rng.next() < 0.5 ? 0 : NOISE;
    if (level === 0 && this.noiseLevel === 0) return;
    this.noiseLevel = level;
    const noise = this.noise;
    for (let j = 0; j < noise.length; j++) noise[j] = 1 + level * this.rng.next();
  }

  /**
   * In-place replace, O(1) per pair: put unvisited j where visit i is (same position), if j is worth
   * more. The prefix is untouched and the suffix is checked with the usual wait/maxShift test, so
   * every (i, j) pair costs O(1); improvements are followed by a refill.
   */
  private replaceInPlace(s: RouteState): void {
    const { customers, isMandatory, score, m, n, dist, serv, winOff, winCnt, winOpen, winClose } = this.inst;
    let improved = false;
    for (let r = 0; r < m; r++) {
      const base = r * s.cap;
      for (let p = 1; p < s.len[r]! - 1; p++) {
        const idx = base + p;
        const i = s.nodes[idx]!;
        if (isMandatory[i]) continue;
        const si = score[i]!;
        const prev = s.nodes[idx - 1]!;
        const next = s.nodes[idx + 1]!;
        const t0 = s.st[idx - 1]! + serv[prev]!;
        const slack = s.wait[idx + 1]! + s.maxShift[idx + 1]! + TIME_EPS;
        const oldNextArr = s.arr[idx + 1]!;
        const prevSt = s.st[idx - 1]!;
        let bestJ = -1;
        let bestGain = 0;
        let bestShift = Infinity;
        for (let k = 0; k < customers.length; k++) {
          const j = customers[k]!;
          const gain = score[j]! - si;
          if (gain <= 0 || gain < bestGain || s.routeOf[j]! >= 0) continue;
          if (prevSt > this.lastClose[r * n + j]!) continue;
          const a = t0 + dist[prev * n + j]!;
          const off = winOff[r * n + j]!;
          const cnt = winCnt[r * n + j]!;
          let w = 0;
          while (w < cnt && winClose[off + w]! + TIME_EPS < a) w++;
          if (w === cnt) continue;
          const open = winOpen[off + w]!;
          const shift = (a > open ? a : open) + serv[j]! + dist[j * n + next]! - oldNextArr;
          if (shift > slack) continue;
          if (gain > bestGain || shift < bestShift) {
            bestGain = gain;
            bestShift = shift;
            bestJ = j;
          }
        }
        if (bestJ >= 0) {
          s.removeAt(r, p);
          s.insert(bestJ, r, p);
          this.touched[r] = 1;
          improved = true;
        }
      }
    }
    if (improved) this.fill(s);
  }

  /**
   * Replace move: swap a visited place for a better unvisited one on the same route. For each visit
   * i, remove it (O(route length)), test every unvisited j worth more at every position of that
   * route in O(1), keep the best gain or put i back. Mandatory visits are never replaced by others.
   */
  private replace(s: RouteState): void {
    const { customers, isMandatory, score, m, n, winCnt } = this.inst;
    let improved = false;
    for (let r = 0; r < m; r++) {
      if (!this.touched[r]) continue;
      const base = r * s.cap;
      for (let p = 1; p < s.len[r]! - 1; p++) {
        const i = s.nodes[base + p]!;
        if (isMandatory[i]) continue;
        const si = score[i]!;
        s.removeAt(r, p);
        let bestJ = -1;
        let bestP = -1;
        let bestGain = 0;
        let bestShift = Infinity;
        const L = s.len[r]!;
        // The time freed by removing i is mostly usable near p; scanning only a few positions
        // around it keeps the move cheap on long routes.
        const qFrom = p - REPLACE_RADIUS > 1 ? p - REPLACE_RADIUS : 1;
        const qTo = p + REPLACE_RADIUS + 1 < L ? p + REPLACE_RADIUS + 1 : L;
        for (let k = 0; k < customers.length; k++) {
          const j = customers[k]!;
          const gain = score[j]! - si;
          if (gain < bestGain || gain <= 0 || j === i || s.routeOf[j]! >= 0 || winCnt[r * n + j] === 0) continue;
          const lastClose = this.lastClose[r * n + j]!;
          for (let q = qFrom; q < qTo; q++) {
            if (s.st[base + q - 1]! > lastClose) break;
            const shift = s.insertionShift(j, r, q);
            if (shift === Infinity) continue;
            if (gain > bestGain || shift < bestShift) {
              bestGain = gain;
              bestShift = shift;
              bestJ = j;
              bestP = q;
            }
          }
        }
        if (bestJ >= 0) {
          s.insert(bestJ, r, bestP);
          improved = true;
        } else {
          s.insert(i, r, p);
        }
      }
    }
    if (improved) this.fill(s);
  }

  /** Appends the warm-start nodes route by route, skipping any that would break feasibility. */
  private loadWarmStart(routes: readonly (readonly number[])[]): void {
    const { m, n, isCustomer } = this.inst;
    if (routes.length > m) throw new ToptwInputError(`initialRoutes has ${routes.length} routes but the problem has ${m}.`);
    const s = this.cur;
    for (let r = 0; r < routes.length; r++) {
      const seq = routes[r]!;
      for (const j of seq) {
        if (!Number.isInteger(j) || j < 0 || j >= n) throw new ToptwInputError(`initialRoutes[${r}] contains ${j}, which is not a node index.`);
        if (!isCustomer[j] || s.routeOf[j]! >= 0) continue;
        const p = s.len[r]! - 1;
        if (s.insertionShift(j, r, p) !== Infinity) s.insert(j, r, p);
      }
    }
  }
}

function buildSolution(inst: CompiledInstance, s: RouteState, iterations: number, elapsedMs: number): ToptwSolution {
  const routes: ToptwRouteResult[] = [];
  for (let r = 0; r < inst.m; r++) {
    const base = r * s.cap;
    const L = s.len[r]!;
    const nodes: number[] = [];
    const visits: ToptwVisit[] = [];
    let score = 0;
    for (let p = 0; p < L; p++) {
      const node = s.nodes[base + p]!;
      nodes.push(node);
      const start = s.st[base + p]!;
      const isEnd = p === L - 1;
      const isStart = p === 0;
      visits.push({ node, arrival: s.arr[base + p]!, start, end: isStart || isEnd ? start : start + inst.serv[node]! });
      if (!isStart && !isEnd) score += inst.score[node]!;
    }
    routes.push({ nodes, visits, score });
  }
  const missingMandatory: number[] = [];
  for (let k = 0; k < inst.mandatory.length; k++) {
    const j = inst.mandatory[k]!;
    if (s.routeOf[j]! < 0) missingMandatory.push(j);
  }
  return { score: s.score, routes, missingMandatory, iterations, elapsedMs };
}

/**
 * Solves a TOPTW instance: greedy construction, then iterated local search until `timeMs`
 * (default 1000) or `maxIterations` is reached. Deterministic for a given seed when only
 * `maxIterations` limits the run (pass `timeMs: Infinity`).
 */
export function solveToptw(problem: ToptwProblem, options: ToptwSolveOptions = {}): ToptwSolution {
  const search = new ToptwSearch(problem, options);
  search.run({ timeMs: options.timeMs, maxIterations: options.maxIterations, shouldStop: options.shouldStop });
  return search.best();
}

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
const RESTART_AFTER = 20;
/** Amplitude of the insertion-ratio noise on noisy iterations. */
const NOISE = 0.3;
/**
 * A shake removes at most max(SHAKE_MIN, SHAKE_FRAC * route length) visits per route: on long routes
 * (Cordeau pr*, ~50 visits) Vansteenwegen's n/(3m) cap rebuilds nearly whole routes and wastes time.
 */
const SHAKE_FRAC = 0.3;
const SHAKE_MIN = 4;
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
  // Shake size (Vansteenwegen et al. 2009): remove `shakeSize` consecutive visits from a random
  // position of the shaken routes; it grows while the search stalls and resets on improvement.
  private shakeSize = 1;
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
  /**
   * Insertion cache at j*m+r: smallest delay of inserting node j into route r, its position, and
   * the route version it was computed for. Entries stay valid across iterations while the route is
   * unchanged, so only shaken / modified routes are re-evaluated.
   */
  private readonly cacheShift: Float64Array;
  private readonly cachePos: Int32Array;
  private readonly cacheVer: Float64Array;
  /** Customers by decreasing score (ties by index), so replace moves can stop early. */
  private readonly byScore: Int32Array;
  /** Lower bound on the delay caused by inserting node j anywhere: service + smallest detour. */
  private readonly minCost: Float64Array;
  /** Close of the last window of node j on route r (+ tolerance), at r*n+j: a cheap pruning bound. */
  private readonly lastClose: Float64Array;
  /** Opening of the first window of node j on route r plus its service time, at r*n+j. */
  private readonly earliestDone: Float64Array;

  /** Validates the problem and builds the initial (greedy or warm-started) solution. */
  constructor(problem: ToptwProblem, options: Pick<ToptwSolveOptions, 'seed' | 'initialRoutes' | 'onImprove'> = {}) {
    this.inst = compileProblem(problem);
    this.rng = new Rng(options.seed ?? 1);
    this.onImprove = options.onImprove;
    this.cur = new RouteState(this.inst);
    this.bestState = new RouteState(this.inst);
    this.maxShakeSize = Math.max(4, Math.floor(this.inst.customers.length / (3 * this.inst.m)));
    this.noise = new Float64Array(this.inst.n).fill(1);
    this.touched = new Uint8Array(this.inst.m).fill(1);
    this.cacheShift = new Float64Array(this.inst.n * this.inst.m);
    this.cachePos = new Int32Array(this.inst.n * this.inst.m);
    this.cacheVer = new Float64Array(this.inst.n * this.inst.m).fill(-1);
    this.minCost = minInsertionCost(this.inst);
    const sc = this.inst.score;
    this.byScore = Int32Array.from(this.inst.customers).sort((a, b) => sc[b]! - sc[a]! || a - b);
    this.removedAt = new Int32Array(this.inst.n); // 0 = never removed; stamps start at 1
    const { winOff, winCnt, winClose } = this.inst;
    this.lastClose = new Float64Array(winCnt.length);
    for (let k = 0; k < winCnt.length; k++) this.lastClose[k] = winCnt[k]! > 0 ? winClose[winOff[k]! + winCnt[k]! - 1]! + TIME_EPS : -Infinity;
    this.earliestDone = new Float64Array(winCnt.length);
    for (let k = 0; k < winCnt.length; k++) {
      this.earliestDone[k] = winCnt[k]! > 0 ? this.inst.winOpen[winOff[k]!]! + this.inst.serv[k % this.inst.n]! : Infinity;
    }
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
    this.replace(cur);
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
    this.shakeSize++;
    if (this.shakeSize > this.maxShakeSize) this.shakeSize = 1;
    if (this.noImprove > 0 && this.noImprove % RESTART_AFTER === 0) {
      cur.copyFrom(best);
    }
  }

  /**
   * Removes up to `shakeSize` consecutive visits (cyclically, from a random position) from every
   * route when m <= 2, else from about two random routes.
   */
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
      s.touch(r);
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
    const { customers, priority, score, m } = this.inst;
    const cacheShift = this.cacheShift;
    const cachePos = this.cachePos;
    const noise = this.noise;
    for (let r = 0; r < m; r++) this.evalRoute(s, r, false);
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
        // Must-visit nodes compete on delay alone (with noise, so a blocking choice is not repeated forever).
        const sj = score[j]!;
        const num = tier > 0 ? noise[j]! : sj * sj * noise[j]!;
        const row = j * m;
        for (let r = 0; r < m; r++) {
          const shift = cacheShift[row + r]!;
          if (shift === Infinity) continue;
          const val = num / (shift > 1e-9 ? shift : 1e-9);
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
      this.evalRoute(s, bestR, true);
    }
  }

  /**
   * Brings the insertion cache of route r up to date for every unvisited node. `afterInsert`: the
   * route only gained a visit since its entries were computed, so nodes that did not fit before are
   * skipped (with the triangle inequality a longer route never accepts what a shorter one refused;
   * where travel times break it, this only hides a rare candidate for a while, never feasibility).
   */
  private evalRoute(s: RouteState, r: number, afterInsert: boolean): void {
    const { customers, priority, score, m, n, winCnt } = this.inst;
    const cacheShift = this.cacheShift;
    const cachePos = this.cachePos;
    const cacheVer = this.cacheVer;
    const ver = s.ver[r]!;
    const L = s.len[r]!;
    const base = r * s.cap;
    // Largest delay any position of the route can absorb: a node whose visit alone (plus its
    // smallest possible detour) costs more cannot go anywhere on this route.
    let maxSlack = -Infinity;
    for (let p = 1; p < L; p++) {
      const slack = s.wait[base + p]! + s.maxShift[base + p]!;
      if (slack > maxSlack) maxSlack = slack;
    }
    maxSlack += TIME_EPS;
    const minCost = this.minCost;
    for (let k = 0; k < customers.length; k++) {
      const j = customers[k]!;
      if (s.routeOf[j]! >= 0) continue;
      const idx = j * m + r;
      if (cacheVer[idx] === ver) continue;
      cacheVer[idx] = ver;
      if (afterInsert && cacheShift[idx] === Infinity) continue;
      let best = Infinity;
      let bestP = -1;
      if (winCnt[r * n + j] !== 0 && (priority[j]! > 0 || score[j]! > 0) && minCost[j]! <= maxSlack) {
        const lastClose = this.lastClose[r * n + j]!;
        // Positions whose successor must start before j can even be done are skipped at once.
        const from = s.firstPositionWithLatestStart(r, this.earliestDone[r * n + j]!);
        for (let p = from; p < L; p++) {
          // Service starts never decrease along a route: once the previous visit starts after j's
          // last window closed, no later position can take j either.
          if (s.st[base + p - 1]! > lastClose) break;
          const shift = s.insertionShift(j, r, p);
          if (shift < best) {
            best = shift;
            bestP = p;
          }
        }
      }
      cacheShift[idx] = best;
      cachePos[idx] = bestP;
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
   * Replace move: swap a visited place for a better unvisited one on the same route. For each visit
   * i, remove it (O(route length)), test every unvisited j worth more at every position of that
   * route in O(1), keep the best gain or put i back. Mandatory visits are never replaced by others.
   */
  private replace(s: RouteState): void {
    const byScore = this.byScore;
    const minCost = this.minCost;
    const { isMandatory, score, m, n, winCnt } = this.inst;
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
        let maxSlack = -Infinity;
        for (let q = 1; q < L; q++) {
          const slack = s.wait[base + q]! + s.maxShift[base + q]!;
          if (slack > maxSlack) maxSlack = slack;
        }
        maxSlack += TIME_EPS;
        for (let k = 0; k < byScore.length; k++) {
          const j = byScore[k]!;
          const gain = score[j]! - si;
          // byScore is sorted by decreasing score: nothing further can beat the best gain found.
          if (gain <= 0 || gain < bestGain) break;
          if (j === i || s.routeOf[j]! >= 0 || winCnt[r * n + j] === 0 || minCost[j]! > maxSlack) continue;
          const lastClose = this.lastClose[r * n + j]!;
          const from = s.firstPositionWithLatestStart(r, this.earliestDone[r * n + j]!);
          for (let q = from; q < L; q++) {
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

/**
 * serv[j] + min over i != k of d(i,j) + d(j,k) - d(i,k) (and d(i,j) + d(j,i) for i = k), computed
 * exactly so that it stays a valid bound when travel times break the triangle inequality (truncated
 * distances, road networks). O(n³) once; about 30 ms at n = 300.
 */
function minInsertionCost(inst: CompiledInstance): Float64Array {
  const { n, dist, serv, customers } = inst;
  const out = new Float64Array(n);
  for (let c = 0; c < customers.length; c++) {
    const j = customers[c]!;
    let best = Infinity;
    for (let i = 0; i < n; i++) {
      if (i === j) continue;
      const dij = dist[i * n + j]!;
      const row = i * n;
      for (let k = 0; k < n; k++) {
        if (k === j) continue;
        const detour = dij + dist[j * n + k]! - dist[row + k]!;
        if (detour < best) best = detour;
      }
    }
    out[j] = serv[j]! + (best === Infinity ? 0 : best);
  }
  return out;
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

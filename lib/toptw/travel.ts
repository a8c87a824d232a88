/**
 * Travel as a second objective: the search maximises score only, so its routes cross back and forth
 * whenever that costs nothing in score. `reduceTravel` keeps (almost) the score of a solution and
 * then shortens its travel with deterministic local search: within a route, moving a run of one to
 * three visits elsewhere (or-opt) and reversing a run (2-opt); between routes, moving a visit to
 * another route, exchanging two visits, and exchanging runs of up to three visits; and, within a
 * score tolerance, putting an unvisited node in place of a visited one. A move is taken only when it shortens the total travel and every route
 * it touches stays feasible; the result is checked from scratch with `checkToptwSolution`.
 */
import { checkToptwSolution } from './feasibility';
import { type CompiledInstance, compileProblem, TIME_EPS } from './instance';
import type { ToptwProblem } from './types';

/** Options of `reduceTravel`. */
export interface ReduceTravelOptions {
  /** Share of the starting score that exchanges for unvisited nodes may give up in all (default 0). */
  readonly scoreTolerance?: number;
  /** Nodes that may change place within their route but neither leave it nor be exchanged. */
  readonly locked?: ReadonlySet<number>;
  /** Routes left exactly as they are (e.g. a day whose order the traveller set). */
  readonly frozenRoutes?: ReadonlySet<number>;
  /**
   * At most `max` nodes of `counted` on any route (a moved visit must not overfill a day), and no
   * move takes a route below `min` of them (default 0; a route already below keeps what it has).
   */
  readonly routeLimit?: { readonly max: number; readonly min?: number; readonly counted: ReadonlySet<number> };
  /**
   * Nodes with no place of their own (a meal eaten wherever the traveller is): reached at no travel
   * cost and left as if from the node before them. With any, the caller must re-check the result in a
   * problem whose travel times say where each of them ended up; without, the result is checked here.
   */
  readonly transparent?: ReadonlySet<number>;
  /** Passes over every kind of move before stopping (default 30); a pass that finds nothing stops early. */
  readonly maxPasses?: number;
}

/** Result of `reduceTravel`. */
export interface ReducedTravel {
  /** Full node sequences (start and end nodes included), one per route. */
  readonly routes: number[][];
  /** Total travel time before and after. */
  readonly travelBefore: number;
  readonly travel: number;
  /** Total score before and after. */
  readonly scoreBefore: number;
  readonly score: number;
}

/** Sum of the travel times along the first `length` nodes of `seq`; a transparent node is where the node before it was. */
function travelSum(inst: CompiledInstance, seq: ArrayLike<number>, length: number, transparent: Uint8Array): number {
  let total = 0;
  let at = seq[0]!;
  for (let p = 1; p < length; p++) {
    const j = seq[p]!;
    if (transparent[j]) continue;
    total += inst.dist[at * inst.n + j]!;
    at = j;
  }
  return total;
}

/**
 * When route r, run as the first `length` nodes of `seq`, reaches its end node (earliest starts; the
 * checker's own rule, with transparent nodes); NaN when it cannot be run so.
 */
function runs(inst: CompiledInstance, r: number, seq: ArrayLike<number>, length: number, transparent: Uint8Array): number {
  const { n, dist, serv, winOff, winCnt, winOpen, winClose } = inst;
  let time = inst.routeStartTime[r]!;
  let at = seq[0]!;
  for (let p = 1; p < length; p++) {
    const prev = seq[p - 1]!;
    const j = seq[p]!;
    const hidden = transparent[j];
    const arrival = time + serv[prev]! + (hidden ? 0 : dist[at * n + j]!);
    if (!hidden) at = j;
    if (p === length - 1) return arrival <= inst.routeEndTime[r]! + TIME_EPS ? arrival : NaN;
    const off = winOff[r * n + j]!;
    const cnt = winCnt[r * n + j]!;
    let w = 0;
    while (w < cnt && winClose[off + w]! + TIME_EPS < arrival) w++;
    if (w === cnt) return NaN;
    time = Math.max(arrival, winOpen[off + w]!);
  }
  return NaN;
}

/**
 * Shortens the travel of `routes` (full sequences, feasible in `problem`) without losing score
 * beyond `scoreTolerance`. Deterministic: the same input gives the same output.
 */
export function reduceTravel(problem: ToptwProblem, routes: readonly (readonly number[])[], options: ReduceTravelOptions = {}): ReducedTravel {
  const inst = compileProblem(problem);
  const { score, isMandatory, customers } = inst;
  const frozen = options.frozenRoutes ?? new Set<number>();
  const limit = options.routeLimit;
  // A visit pinned to its route may be reordered there, never moved off it.
  const fixedRoute = new Set((problem.fixed ?? []).filter((f) => f.route !== undefined).map((f) => f.node));
  const locked = new Set([...(options.locked ?? []), ...fixedRoute]);
  const seqs = routes.map((r) => r.slice());
  const m = seqs.length;
  const transparentSet = options.transparent ?? new Set<number>();
  const transparent = new Uint8Array(inst.n);
  for (const j of transparentSet) transparent[j] = 1;
  const travelOf = (seq: readonly number[]) => travelSum(inst, seq, seq.length, transparent);
  const feasible = (r: number, seq: readonly number[]) => !Number.isNaN(runs(inst, r, seq, seq.length, transparent));
  // Trial sequences are written here, not allocated: the search tries many and keeps few.
  const scratch = new Int32Array(inst.n + 2);
  const scratchB = new Int32Array(inst.n + 2);
  const travel = seqs.map((s) => travelOf(s));
  const scoreBefore = seqs.reduce((sum, s) => sum + s.slice(1, -1).reduce((a, j) => a + score[j]!, 0), 0);
  const travelBefore = travel.reduce((a, b) => a + b, 0);
  let budget = (options.scoreTolerance ?? 0) * scoreBefore;
  let currentScore = scoreBefore;
  const counted = (seq: readonly number[]) => (limit ? seq.reduce((c, j) => c + (limit.counted.has(j) ? 1 : 0), 0) : 0);
  const withinLimit = (r: number, seq: readonly number[]) => {
    if (!limit) return true;
    const now = counted(seqs[r]!);
    const after = counted(seq);
    return after <= Math.max(limit.max, now) && after >= Math.min(limit.min ?? 0, now);
  };
  const fits = (r: number, seq: readonly number[]) => withinLimit(r, seq) && feasible(r, seq);
  const movable = (j: number) => !locked.has(j);
  const removable = (j: number) => movable(j) && !isMandatory[j];

  /** Best or-opt / 2-opt move within route r, applied; true if one was found. */
  const improveWithin = (r: number): boolean => {
    const seq = seqs[r]!;
    const L = seq.length;
    let best: number[] | undefined;
    let bestTravel = travel[r]! - TIME_EPS;
    const consider = () => {
      const t = travelSum(inst, scratch, L, transparent);
      if (t < bestTravel && !Number.isNaN(runs(inst, r, scratch, L, transparent))) {
        best = Array.from(scratch.subarray(0, L));
        bestTravel = t;
      }
    };
    for (let i = 1; i < L - 1; i++) {
      for (let len = 1; len <= 3 && i + len <= L - 1; len++) {
        // The run seq[i, i+len) put back at position `at` of what is left, as it was or reversed.
        const restLength = L - len;
        for (let at = 1; at < restLength; at++) {
          if (at === i) continue;
          for (let reversed = 0; reversed <= (len > 1 ? 1 : 0); reversed++) {
            let w = 0;
            for (let p = 0; p < restLength; p++) {
              if (p === at) for (let q = 0; q < len; q++) scratch[w++] = seq[reversed ? i + len - 1 - q : i + q]!;
              scratch[w++] = seq[p < i ? p : p + len]!;
            }
            consider();
          }
        }
      }
      for (let k = i + 2; k < L - 1; k++) {
        for (let p = 0; p < L; p++) scratch[p] = seq[p >= i && p <= k ? i + k - p : p]!;
        consider();
      }
    }
    if (!best) return false;
    seqs[r] = best;
    travel[r] = bestTravel;
    return true;
  };

  /**
   * Travel added by putting a (not transparent) node at each position of `seq`: at position `at` it
   * joins the last located node before `at` and the first one from `at` on (transparent nodes between
   * them travel free wherever they are).
   */
  const insertionDeltas = (seq: readonly number[], node: number): Float64Array => {
    const { dist, n } = inst;
    const out = new Float64Array(seq.length).fill(Infinity);
    const next = new Int32Array(seq.length);
    next[seq.length - 1] = seq[seq.length - 1]!;
    for (let p = seq.length - 2; p >= 0; p--) next[p] = transparent[seq[p]!] ? next[p + 1]! : seq[p]!;
    let loc = seq[0]!;
    for (let at = 1; at < seq.length; at++) {
      const k = next[at]!;
      out[at] = dist[loc * n + node]! + dist[node * n + k]! - dist[loc * n + k]!;
      if (!transparent[seq[at]!]) loc = seq[at]!;
    }
    return out;
  };

  /**
   * `node` inserted into route r's `seq` (travel `base`) where it adds least travel and the route stays
   * feasible, if that keeps the route's travel under `below`.
   */
  const bestInsertion = (r: number, seq: readonly number[], base: number, node: number, below: number): { seq: number[]; travel: number } | undefined => {
    const deltas = insertionDeltas(seq, node);
    const order: number[] = [];
    for (let at = 1; at < seq.length; at++) if (base + deltas[at]! < below) order.push(at);
    order.sort((p, q) => deltas[p]! - deltas[q]! || p - q);
    for (const at of order) {
      const trial = [...seq.slice(0, at), node, ...seq.slice(at)];
      if (feasible(r, trial)) return { seq: trial, travel: base + deltas[at]! };
    }
    return undefined;
  };

  /** Best move of one visit to another route, or exchange of two visits between routes, applied. */
  const improveBetween = (): boolean => {
    let bestGain = TIME_EPS;
    let apply: (() => void) | undefined;
    const { dist, n } = inst;
    // Per route and position: the located nodes before and after it, and the travel its removal saves.
    const before = seqs.map((seq) => {
      const out = new Int32Array(seq.length);
      for (let p = 1, loc = seq[0]!; p < seq.length; p++) {
        out[p] = loc;
        if (!transparent[seq[p]!]) loc = seq[p]!;
      }
      return out;
    });
    const after = seqs.map((seq) => {
      const out = new Int32Array(seq.length);
      for (let p = seq.length - 2, loc = seq[seq.length - 1]!; p >= 0; p--) {
        out[p] = loc;
        if (!transparent[seq[p]!]) loc = seq[p]!;
      }
      return out;
    });
    const saving = (r: number, p: number) => {
      const j = seqs[r]![p]!;
      const i = before[r]![p]!;
      const k = after[r]![p]!;
      return dist[i * n + j]! + dist[j * n + k]! - dist[i * n + k]!;
    };
    const gapCost = (r: number, p: number, j: number) => {
      const i = before[r]![p]!;
      const k = after[r]![p]!;
      return dist[i * n + j]! + dist[j * n + k]! - dist[i * n + k]!;
    };
    const cheapestCache = new Float64Array(m * n).fill(NaN);
    const cheapest = (r: number, j: number) => {
      const key = r * n + j;
      if (Number.isNaN(cheapestCache[key]!)) {
        const seq = seqs[r]!;
        let best = Infinity;
        for (let p = 1; p < seq.length; p++) {
          const i = before[r]![p]!;
          const k = transparent[seq[p]!] ? after[r]![p]! : seq[p]!;
          const d = dist[i * n + j]! + dist[j * n + k]! - dist[i * n + k]!;
          if (d < best) best = d;
        }
        cheapestCache[key] = best;
      }
      return cheapestCache[key]!;
    };
    for (let a = 0; a < m; a++) {
      if (frozen.has(a)) continue;
      const sa = seqs[a]!;
      for (let i = 1; i < sa.length - 1; i++) {
        const x = sa[i]!;
        if (!movable(x)) continue;
        const without = [...sa.slice(0, i), ...sa.slice(i + 1)];
        const withoutTravel = travelOf(without);
        for (let b = 0; b < m; b++) {
          if (b === a || frozen.has(b)) continue;
          const sb = seqs[b]!;
          // Move x to route b.
          // (The move saves at most what leaving a saves less the cheapest way into b.)
          if (inst.winCnt[b * inst.n + x]! > 0 && !transparent[x] && saving(a, i) - cheapest(b, x) > bestGain) {
            const deltas = insertionDeltas(sb, x);
            for (let at = 1; at < sb.length; at++) {
              const t = travel[b]! + deltas[at]!;
              const gain = travel[a]! + travel[b]! - withoutTravel - t;
              if (gain <= bestGain) continue;
              const trial = [...sb.slice(0, at), x, ...sb.slice(at)];
              if (fits(b, trial) && fits(a, without)) {
                bestGain = gain;
                apply = () => {
                  seqs[a] = without;
                  seqs[b] = trial;
                  travel[a] = withoutTravel;
                  travel[b] = t;
                };
              }
            }
          }
          // Exchange x with y of route b, each put where it adds least travel (b > a: each pair once).
          if (b < a || inst.winCnt[b * inst.n + x] === 0 || transparent[x]) continue;
          for (let k = 1; k < sb.length - 1; k++) {
            const y = sb[k]!;
            if (!movable(y) || transparent[y] || inst.winCnt[a * inst.n + y] === 0) continue;
            // A cheap estimate first (each into the other's gap, or its best place on the route as it
            // is): only a promising exchange is worked out exactly.
            const estimate = saving(a, i) + saving(b, k) - Math.min(gapCost(a, i, y), cheapest(a, y)) - Math.min(gapCost(b, k, x), cheapest(b, x));
            if (estimate <= bestGain) continue;
            const bWithout = [...sb.slice(0, k), ...sb.slice(k + 1)];
            const bound = travel[a]! + travel[b]! - bestGain;
            const ta = bestInsertion(a, without, withoutTravel, y, bound - travelOf(bWithout));
            if (!ta) continue;
            const tb = bestInsertion(b, bWithout, travelOf(bWithout), x, bound - ta.travel);
            if (!tb) continue;
            const gain = travel[a]! + travel[b]! - ta.travel - tb.travel;
            if (gain > bestGain && fits(a, ta.seq) && fits(b, tb.seq)) {
              bestGain = gain;
              apply = () => {
                seqs[a] = ta.seq;
                seqs[b] = tb.seq;
                travel[a] = ta.travel;
                travel[b] = tb.travel;
              };
            }
          }
        }
      }
    }
    if (!apply) return false;
    apply();
    return true;
  };

  /** Whether every node of `run` may be visited on route r (open there, and free to leave its own route). */
  const allowedOn = (r: number, run: readonly number[]) => run.every((j) => movable(j) && inst.winCnt[r * inst.n + j]! > 0);

  /**
   * Best exchange of a run of visits of one route for a run of another's (one to three visits each,
   * in place): what regroups two half-days spent at opposite ends into two days spent at one end each.
   */
  const improveBySegments = (): boolean => {
    let bestGain = TIME_EPS;
    let apply: (() => void) | undefined;
    for (let a = 0; a < m; a++) {
      if (frozen.has(a)) continue;
      const sa = seqs[a]!;
      for (let b = a + 1; b < m; b++) {
        if (frozen.has(b)) continue;
        const sb = seqs[b]!;
        for (let i = 1; i < sa.length - 1; i++) {
          for (let la = 1; la <= 3 && i + la <= sa.length - 1; la++) {
            const runA = sa.slice(i, i + la);
            if (!allowedOn(b, runA)) break;
            for (let k = 1; k < sb.length - 1; k++) {
              for (let lb = 1; lb <= 3 && k + lb <= sb.length - 1; lb++) {
                if (la === 1 && lb === 1) continue;
                const runB = sb.slice(k, k + lb);
                if (!allowedOn(a, runB)) break;
                const lengthA = sa.length - la + lb;
                const lengthB = sb.length - lb + la;
                let w = 0;
                for (let p = 0; p < sa.length; p++) {
                  if (p === i) for (const j of runB) scratch[w++] = j;
                  if (p < i || p >= i + la) scratch[w++] = sa[p]!;
                }
                w = 0;
                for (let p = 0; p < sb.length; p++) {
                  if (p === k) for (const j of runA) scratchB[w++] = j;
                  if (p < k || p >= k + lb) scratchB[w++] = sb[p]!;
                }
                const na = travelSum(inst, scratch, lengthA, transparent);
                const nb = travelSum(inst, scratchB, lengthB, transparent);
                const gain = travel[a]! + travel[b]! - na - nb;
                if (gain <= bestGain) continue;
                const ta = Array.from(scratch.subarray(0, lengthA));
                const tb = Array.from(scratchB.subarray(0, lengthB));
                if (fits(a, ta) && fits(b, tb)) {
                  bestGain = gain;
                  apply = () => {
                    seqs[a] = ta;
                    seqs[b] = tb;
                    travel[a] = na;
                    travel[b] = nb;
                  };
                }
              }
            }
          }
        }
      }
    }
    if (!apply) return false;
    apply();
    return true;
  };

  /** Best exchange of a visited node for an unvisited one within the score budget, applied. */
  const improveByExchange = (): boolean => {
    const visited = new Set(seqs.flatMap((s) => s.slice(1, -1)));
    const unvisited = Array.from(customers).filter((j) => !visited.has(j) && score[j]! > 0);
    // Travel saved per unit of score given up (a free or better exchange is always worth taking).
    let bestRate = 0;
    let bestGain = TIME_EPS;
    let apply: (() => void) | undefined;
    for (let r = 0; r < m; r++) {
      if (frozen.has(r)) continue;
      const seq = seqs[r]!;
      for (let i = 1; i < seq.length - 1; i++) {
        const x = seq[i]!;
        if (!removable(x)) continue;
        for (const y of unvisited) {
          const loss = score[x]! - score[y]!;
          if (loss > budget + TIME_EPS || inst.winCnt[r * inst.n + y] === 0) continue;
          const trial = seq.slice();
          trial[i] = y;
          const t = travelOf(trial);
          const gain = travel[r]! - t;
          if (gain <= TIME_EPS) continue;
          const rate = loss <= TIME_EPS ? Infinity : gain / loss;
          if ((rate > bestRate || (rate === bestRate && gain > bestGain)) && feasible(r, trial)) {
            bestRate = rate;
            bestGain = gain;
            apply = () => {
              seqs[r] = trial;
              travel[r] = t;
              budget -= Math.max(0, loss);
              currentScore -= loss;
            };
          }
        }
      }
    }
    if (!apply) return false;
    apply();
    return true;
  };

  const passes = options.maxPasses ?? 30;
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let r = 0; r < m; r++) while (!frozen.has(r) && improveWithin(r)) improved = true;
    while (improveBetween()) improved = true;
    if (!improved && improveBySegments()) improved = true;
    if (improveByExchange()) improved = true;
    if (!improved) break;
  }

  const check = transparentSet.size > 0 ? { feasible: true } : checkToptwSolution(problem, seqs);
  if (!check.feasible) {
    // Every move was checked route by route, so this would be a bug here: keep the input rather than break a plan.
    return { routes: routes.map((r) => r.slice()), travelBefore, travel: travelBefore, scoreBefore, score: scoreBefore };
  }
  return { routes: seqs, travelBefore, travel: travel.reduce((a, b) => a + b, 0), scoreBefore, score: currentScore };
}

/**
 * When route r of `problem`, run as `sequence` (start and end nodes included), reaches its end node,
 * timed as the checker does with `transparent` nodes eaten-where-you-are as `reduceTravel` models
 * them; undefined when it cannot be run so.
 */
export function routeEnd(problem: ToptwProblem, r: number, sequence: readonly number[], transparent: ReadonlySet<number> = new Set()): number | undefined {
  const inst = compileProblem(problem);
  const flags = new Uint8Array(inst.n);
  for (const j of transparent) flags[j] = 1;
  const end = runs(inst, r, sequence, sequence.length, flags);
  return Number.isNaN(end) ? undefined : end;
}

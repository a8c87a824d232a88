/**
 * Travel as a second objective: the search maximises score only, so its routes cross back and forth
 * whenever that costs nothing in score. `reduceTravel` keeps (almost) the score of a solution and
 * then shortens its travel with deterministic local search: within a route, moving a run of one to
 * three visits elsewhere (or-opt) and reversing a run (2-opt); between routes, moving a visit to
 * another route and exchanging two visits; and, within a score tolerance, putting an unvisited node
 * in place of a visited one. A move is taken only when it shortens the total travel and every route
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
  /** At most `max` nodes of `counted` on any route (a moved visit must not overfill a day). */
  readonly routeLimit?: { readonly max: number; readonly counted: ReadonlySet<number> };
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

/** Sum of the travel times along a sequence; a transparent node is where the node before it was. */
function travelSum(inst: CompiledInstance, seq: readonly number[], transparent: ReadonlySet<number>): number {
  let total = 0;
  let at = seq[0]!;
  for (let p = 1; p < seq.length; p++) {
    const j = seq[p]!;
    if (transparent.has(j)) continue;
    total += inst.dist[at * inst.n + j]!;
    at = j;
  }
  return total;
}

/** Whether route r can be run as `seq` (earliest starts; the checker's own rule, with transparent nodes). */
function runs(inst: CompiledInstance, r: number, seq: readonly number[], transparent: ReadonlySet<number>): boolean {
  const { n, dist, serv, winOff, winCnt, winOpen, winClose } = inst;
  let time = inst.routeStartTime[r]!;
  let at = seq[0]!;
  for (let p = 1; p < seq.length; p++) {
    const prev = seq[p - 1]!;
    const j = seq[p]!;
    const hidden = transparent.has(j);
    const arrival = time + serv[prev]! + (hidden ? 0 : dist[at * n + j]!);
    if (!hidden) at = j;
    if (p === seq.length - 1) return arrival <= inst.routeEndTime[r]! + TIME_EPS;
    const off = winOff[r * n + j]!;
    const cnt = winCnt[r * n + j]!;
    let w = 0;
    while (w < cnt && winClose[off + w]! + TIME_EPS < arrival) w++;
    if (w === cnt) return false;
    time = Math.max(arrival, winOpen[off + w]!);
  }
  return true;
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
  const transparent = options.transparent ?? new Set<number>();
  const travelOf = (seq: readonly number[]) => travelSum(inst, seq, transparent);
  const feasible = (r: number, seq: readonly number[]) => runs(inst, r, seq, transparent);
  const travel = seqs.map((s) => travelOf(s));
  const scoreBefore = seqs.reduce((sum, s) => sum + s.slice(1, -1).reduce((a, j) => a + score[j]!, 0), 0);
  const travelBefore = travel.reduce((a, b) => a + b, 0);
  let budget = (options.scoreTolerance ?? 0) * scoreBefore;
  let currentScore = scoreBefore;
  const counted = (seq: readonly number[]) => (limit ? seq.reduce((c, j) => c + (limit.counted.has(j) ? 1 : 0), 0) : 0);
  const fits = (r: number, seq: readonly number[]) => (!limit || counted(seq) <= Math.max(limit.max, counted(seqs[r]!))) && feasible(r, seq);
  const movable = (j: number) => !locked.has(j);
  const removable = (j: number) => movable(j) && !isMandatory[j];

  /** Best or-opt / 2-opt move within route r, applied; true if one was found. */
  const improveWithin = (r: number): boolean => {
    const seq = seqs[r]!;
    const L = seq.length;
    let best: number[] | undefined;
    let bestTravel = travel[r]! - TIME_EPS;
    const consider = (trial: number[]) => {
      const t = travelOf(trial);
      if (t < bestTravel && feasible(r, trial)) {
        best = trial;
        bestTravel = t;
      }
    };
    for (let i = 1; i < L - 1; i++) {
      for (let len = 1; len <= 3 && i + len <= L - 1; len++) {
        const run = seq.slice(i, i + len);
        const rest = [...seq.slice(0, i), ...seq.slice(i + len)];
        for (let at = 1; at < rest.length; at++) {
          if (at === i) continue;
          consider([...rest.slice(0, at), ...run, ...rest.slice(at)]);
          if (len > 1) consider([...rest.slice(0, at), ...run.slice().reverse(), ...rest.slice(at)]);
        }
      }
      for (let k = i + 2; k < L - 1; k++) consider([...seq.slice(0, i), ...seq.slice(i, k + 1).reverse(), ...seq.slice(k + 1)]);
    }
    if (!best) return false;
    seqs[r] = best;
    travel[r] = bestTravel;
    return true;
  };

  /**
   * `node` inserted into route r's `seq` (travel `base`) where it adds least travel and the route stays
   * feasible, if that keeps the route's travel under `below`.
   */
  const bestInsertion = (r: number, seq: readonly number[], base: number, node: number, below: number): { seq: number[]; travel: number } | undefined => {
    const { dist, n } = inst;
    const options: { at: number; travel: number }[] = [];
    for (let at = 1; at < seq.length; at++) {
      const i = seq[at - 1]!;
      const k = seq[at]!;
      // Exact only without transparent neighbours: a lower bound to sort by, re-measured below.
      const t = transparent.has(i) || transparent.has(k) ? base : base + dist[i * n + node]! + dist[node * n + k]! - dist[i * n + k]!;
      if (t < below) options.push({ at, travel: t });
    }
    options.sort((p, q) => p.travel - q.travel || p.at - q.at);
    let best: { seq: number[]; travel: number } | undefined;
    for (const option of options) {
      if (best && option.travel >= best.travel) break;
      const trial = [...seq.slice(0, option.at), node, ...seq.slice(option.at)];
      const t = travelOf(trial);
      if (t < below && (!best || t < best.travel) && feasible(r, trial)) best = { seq: trial, travel: t };
    }
    return best;
  };

  /** Best move of one visit to another route, or exchange of two visits between routes, applied. */
  const improveBetween = (): boolean => {
    let bestGain = TIME_EPS;
    let apply: (() => void) | undefined;
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
          if (inst.winCnt[b * inst.n + x]! > 0) {
            for (let at = 1; at < sb.length; at++) {
              const trial = [...sb.slice(0, at), x, ...sb.slice(at)];
              const t = travelOf(trial);
              const gain = travel[a]! + travel[b]! - withoutTravel - t;
              if (gain > bestGain && fits(b, trial) && feasible(a, without)) {
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
          if (b < a || inst.winCnt[b * inst.n + x] === 0) continue;
          for (let k = 1; k < sb.length - 1; k++) {
            const y = sb[k]!;
            if (!movable(y) || inst.winCnt[a * inst.n + y] === 0) continue;
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
    if (improveByExchange()) improved = true;
    if (!improved) break;
  }

  const check = transparent.size > 0 ? { feasible: true } : checkToptwSolution(problem, seqs);
  if (!check.feasible) {
    // Every move was checked route by route, so this would be a bug here: keep the input rather than break a plan.
    return { routes: routes.map((r) => r.slice()), travelBefore, travel: travelBefore, scoreBefore, score: scoreBefore };
  }
  return { routes: seqs, travelBefore, travel: travel.reduce((a, b) => a + b, 0), scoreBefore, score: currentScore };
}

import { compileProblem, TIME_EPS } from './instance';
import type { ToptwCheckResult, ToptwProblem, ToptwVisit } from './types';

/**
 * Checks a solution from scratch, independently of the solver's bookkeeping. `routes[k]` must be the
 * full node sequence of route k: its start node, the visited places, its end node. Every route is
 * timed with earliest service starts (waiting only when a window is not open yet), which is the
 * schedule that keeps the most options open, so a sequence is feasible iff this schedule is.
 *
 * Rules: one entry per route; start/end nodes right; only places in between, each at most once over
 * all routes; service starts inside one of the node's windows for that route; arrival at the end node
 * by the route's endTime; mandatory and fixed nodes visited (on their route / at their time).
 */
export function checkToptwSolution(problem: ToptwProblem, routes: readonly (readonly number[])[]): ToptwCheckResult {
  const inst = compileProblem(problem);
  const { n, m, dist, serv, score, winOff, winCnt, winOpen, winClose } = inst;
  const violations: string[] = [];
  const schedules: ToptwVisit[][] = [];
  const seen = new Int32Array(n).fill(-1);
  let total = 0;
  if (routes.length !== m) violations.push(`expected ${m} routes, got ${routes.length}`);
  for (let r = 0; r < Math.min(m, routes.length); r++) {
    const seq = routes[r]!;
    const visits: ToptwVisit[] = [];
    schedules.push(visits);
    if (seq.length < 2) {
      violations.push(`route ${r}: needs at least its start and end node`);
      continue;
    }
    if (seq[0] !== inst.routeStart[r]) violations.push(`route ${r}: starts at ${seq[0]}, expected node ${inst.routeStart[r]}`);
    if (seq[seq.length - 1] !== inst.routeEnd[r]) violations.push(`route ${r}: ends at ${seq[seq.length - 1]}, expected node ${inst.routeEnd[r]}`);
    let time = inst.routeStartTime[r]!;
    let prev = inst.routeStart[r]!;
    visits.push({ node: prev, arrival: time, start: time, end: time });
    let ok = true;
    for (let p = 1; p < seq.length - 1 && ok; p++) {
      const j = seq[p]!;
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        violations.push(`route ${r}: position ${p} holds ${j}, not a node index`);
        ok = false;
        break;
      }
      if (!inst.isCustomer[j]) violations.push(`route ${r}: node ${j} is a start/end node and cannot be visited as a place`);
      if (seen[j]! >= 0) violations.push(`node ${j} is visited twice (routes ${seen[j]} and ${r})`);
      seen[j] = r;
      total += score[j]!;
      const arrival = time + serv[prev]! + dist[prev * n + j]!;
      let start = NaN;
      const off = winOff[r * n + j]!;
      for (let w = 0; w < winCnt[r * n + j]!; w++) {
        if (winClose[off + w]! + TIME_EPS >= arrival) {
          start = Math.max(arrival, winOpen[off + w]!);
          break;
        }
      }
      if (Number.isNaN(start)) {
        violations.push(`route ${r}: node ${j} reached at ${arrival}, after its last window for this route closed (or it is closed on this route)`);
        ok = false;
        break;
      }
      visits.push({ node: j, arrival, start, end: start + serv[j]! });
      time = start;
      prev = j;
    }
    if (!ok) continue;
    const endNode = seq[seq.length - 1]!;
    if (endNode >= 0 && endNode < n) {
      const arrival = time + serv[prev]! + dist[prev * n + endNode]!;
      visits.push({ node: endNode, arrival, start: arrival, end: arrival });
      if (arrival > inst.routeEndTime[r]! + TIME_EPS) violations.push(`route ${r}: arrives at end node at ${arrival}, after endTime ${inst.routeEndTime[r]}`);
    }
  }
  for (let k = 0; k < inst.mandatory.length; k++) {
    const j = inst.mandatory[k]!;
    if (seen[j]! < 0) violations.push(`mandatory node ${j} is not visited`);
  }
  for (const fixed of problem.fixed ?? []) {
    if (fixed.route !== undefined && seen[fixed.node]! >= 0 && seen[fixed.node] !== fixed.route) {
      violations.push(`fixed node ${fixed.node} is on route ${seen[fixed.node]}, expected route ${fixed.route}`);
    }
  }
  // Pinned times are enforced through the windows compileProblem substitutes: a pinned node's only
  // window is [t, t], so the timing pass above already rejects any other start.
  return { feasible: violations.length === 0, violations, score: total, routes: schedules };
}

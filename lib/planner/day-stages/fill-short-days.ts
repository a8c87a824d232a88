/**
 * Long trips are used: the solver packs the best places into as few days as time allows, and the pace
 * cap then drops what a day cannot take, so a long stay ended with days of one visit or none while
 * places were left unseen. This stage gives each full day that is short of the pace's minimum the
 * most valuable place still unplanned that fits it (a day trip often: it needs a day of its own), or
 * failing that a visit from a day that has more than the minimum.
 */
import type { ToptwProblem } from '@/lib/toptw';
import { checkRoute, routeFits, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** A day's place visits. */
const visitsOf = (graph: DestinationNodes, route: RouteDay) => route.sequence.filter(graph.isPlace).length;

/**
 * The routes with their short full days filled as far as the places allow. `full[k]` says whether
 * route k is a full day; `anchor` says which stop each meal is eaten near (such a stop keeps its day).
 */
export function fillShortDays(
  graph: DestinationNodes,
  routeDays: readonly RouteDay[],
  problem: ToptwProblem,
  full: readonly boolean[],
  minVisits: number,
  anchor: Int32Array,
): RouteDay[] {
  const routes = routeDays.slice();
  const anchors = new Set(Array.from(anchor.subarray(graph.firstMeal)));
  const pinned = new Set(graph.fixed.map((f) => f.node));
  const mayMove = (node: number) => graph.isOptional(node) && !anchors.has(node) && !pinned.has(node);

  /** `node` put into route k where the day ends earliest, if it fits at all. */
  const inserted = (k: number, node: number): RouteDay | undefined => {
    const route = routes[k] as RouteDay;
    let best: RouteDay | undefined;
    for (let at = 1; at < route.sequence.length; at++) {
      const sequence = [...route.sequence.slice(0, at), node, ...route.sequence.slice(at)];
      const schedule = checkRoute(problem, routes, k, sequence);
      if (!routeFits(problem, k, sequence, schedule)) continue;
      const end = (schedule[schedule.length - 1] as { arrival: number }).arrival;
      if (!best || end < (best.schedule[best.schedule.length - 1] as { arrival: number }).arrival) best = { ...route, sequence, schedule };
    }
    return best;
  };

  for (let k = 0; k < routes.length; k++) {
    if (!full[k]) continue;
    while (visitsOf(graph, routes[k] as RouteDay) < minVisits) {
      const planned = new Set(routes.flatMap((route) => route.sequence));
      // First what is not planned yet, most valuable first; then a visit a fuller day can spare.
      const unplanned = graph.places.map((_, i) => i + graph.stays.length).filter((node) => !planned.has(node) && (graph.values[node] as number) > 0);
      unplanned.sort((a, b) => graph.byValue(b, a) || a - b);
      let done = false;
      for (const node of unplanned) {
        const filled = inserted(k, node);
        if (filled) {
          routes[k] = filled;
          done = true;
          break;
        }
      }
      for (let donor = 0; donor < routes.length && !done; donor++) {
        const from = routes[donor] as RouteDay;
        if (donor === k || visitsOf(graph, from) <= minVisits) continue;
        for (const node of from.sequence.filter(mayMove).sort(graph.byValue)) {
          const filled = inserted(k, node);
          if (!filled) continue;
          const sequence = from.sequence.filter((n) => n !== node);
          const schedule = checkRoute(problem, routes, donor, sequence);
          if (!routeFits(problem, donor, sequence, schedule)) continue;
          routes[k] = filled;
          routes[donor] = { ...from, sequence, schedule };
          done = true;
          break;
        }
      }
      if (!done) break;
    }
  }
  return routes;
}

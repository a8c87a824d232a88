/**
 * Long trips are used: the solver packs the best places into as few days as time allows, and the pace
 * cap then drops what a day cannot take, so a long stay ended with days of one visit or none while
 * places were left unseen. This stage gives each full day that is short of the pace's minimum the
 * most valuable place still unplanned that fits it, or failing that a visit from a day that has more
 * than the minimum. On such a day lunch is eaten wherever the traveller is, not back at the stay:
 * that is what lets a day trip (a place an hour or more out of town) have a day of its own.
 */
import { routeEnd, type ToptwProblem } from '@/lib/toptw';
import { checkRoute, routeFits, timeRoutes, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';
import { eatWhereYouAre } from './eat-where-you-are';

/** A day's place visits. */
const visitsOf = (graph: DestinationNodes, route: RouteDay) => route.sequence.filter(graph.isPlace).length;

/** The routes after filling, the problem they are timed in and each meal's anchor. */
export interface FilledRoutes {
  routeDays: RouteDay[];
  problem: ToptwProblem;
  anchor: Int32Array;
}

/**
 * The routes with their short full days filled as far as the places allow. `full[k]` says whether
 * route k is a full day; `anchor` says which stop each meal is eaten near (such a stop keeps its
 * day); `problemFor` gives the problem with meals eaten near other anchors.
 */
export function fillShortDays(
  graph: DestinationNodes,
  routeDays: readonly RouteDay[],
  problem: ToptwProblem,
  full: readonly boolean[],
  minVisits: number,
  anchor: Int32Array,
  problemFor: (anchor: Int32Array) => ToptwProblem,
): FilledRoutes {
  const routes = routeDays.slice();
  const anchors = new Set(Array.from(anchor.subarray(graph.firstMeal)));
  const pinned = new Set(graph.fixed.map((f) => f.node));
  const mayMove = (node: number) => graph.isOptional(node) && !anchors.has(node) && !pinned.has(node);
  const lunchOf = (k: number) => graph.meals.findIndex((meal) => meal.route === k && meal.kind === 'lunch') + graph.firstMeal;
  /** Lunches now eaten wherever the traveller is (those of the days this stage filled). */
  const movingLunches = new Set<number>();

  /** `node` put into route k where the day ends earliest, if it fits at all (its lunch going with the traveller). */
  const inserted = (k: number, node: number): { route: RouteDay; lunch: number } | undefined => {
    const route = routes[k] as RouteDay;
    const lunch = lunchOf(k);
    const moving = lunch >= graph.firstMeal ? new Set([...movingLunches, lunch]) : movingLunches;
    let best: { route: RouteDay; lunch: number; end: number } | undefined;
    for (let at = 1; at < route.sequence.length; at++) {
      const sequence = [...route.sequence.slice(0, at), node, ...route.sequence.slice(at)];
      const end = routeEnd(problem, k, sequence, moving);
      if (end !== undefined && (!best || end < best.end)) best = { route: { ...route, sequence }, lunch, end };
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
          routes[k] = filled.route;
          if (filled.lunch >= graph.firstMeal) movingLunches.add(filled.lunch);
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
          if (!routeFits(problem, donor, sequence, checkRoute(problem, routes, donor, sequence))) continue;
          routes[k] = filled.route;
          if (filled.lunch >= graph.firstMeal) movingLunches.add(filled.lunch);
          routes[donor] = { ...from, sequence };
          done = true;
          break;
        }
      }
      if (!done) break;
    }
  }
  if (movingLunches.size === 0) return { routeDays: timeRoutes(problem, routes), problem, anchor };
  // The moving lunches are now eaten near the stop before them: the problem says so from here on.
  const moved = eatWhereYouAre(graph, routes.map((route) => route.sequence), movingLunches, anchor);
  const movedProblem = problemFor(moved);
  const timed = timeRoutes(movedProblem, routes);
  // Each trial was timed the way the moved problem times it; if a day disagrees, nothing is moved.
  if (!timed.every((route, k) => routeFits(movedProblem, k, route.sequence, route.schedule))) return { routeDays: timeRoutes(problem, routeDays), problem, anchor };
  return { routeDays: timed, problem: movedProblem, anchor: moved };
}

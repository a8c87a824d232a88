/**
 * Evening outings (a show, a night market) are what staying out late is for: a day with room after
 * its last stop takes the most valuable one still unvisited (a day already at the pace's visits
 * gives up its least valuable optional one for it, if the outing is worth more), and may then end as
 * late as the pace allows for one. Days are otherwise as planned, so every other visit keeps to the
 * usual end.
 */
import type { ToptwProblem, ToptwVisit } from '@/lib/toptw';
import { checkRoute, routeFits, routeProblem, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/**
 * Adds at most one evening outing to each day that may have one and has room for it. A day where it
 * fits only with the day's meals placed again (dinner near the show rather than back at the stay)
 * takes it when `withMealsPlacedFor` gives a problem in which it fits, the meals placed for `routes`.
 */
export function addEveningOutings(
  graph: DestinationNodes,
  routeDays: readonly RouteDay[],
  problem: ToptwProblem,
  maxVisits: number,
  withMealsPlacedFor?: (routes: readonly RouteDay[], endTimeOf: (route: RouteDay) => number) => ToptwProblem,
): RouteDay[] {
  const visited = new Set(routeDays.flatMap((route) => route.sequence));
  // One problem for all the trials (the engine compiles each problem object once).
  const lateEnd = (route: RouteDay) => Math.max(route.endTime, route.eveningEnd ?? route.endTime);
  const late = routeProblem(problem, routeDays, lateEnd);
  const routes = routeDays.slice();
  routes.forEach((route, k) => {
    const candidates = [...route.eveningNodes].filter((node) => !visited.has(node)).sort((a, b) => graph.byValue(b, a));
    if (route.eveningEnd === undefined || candidates.length === 0) return;
    const full = route.sequence.filter(graph.isPlace).length >= maxVisits;
    // Between the start and end nodes, latest position first; the first candidate that fits wins.
    let chosen: { node: number; trial: number[]; schedule: ToptwVisit[] } | undefined;
    for (const node of candidates) {
      // A full day makes room by giving up its least valuable optional visit, if the outing is worth more.
      const victim = full ? route.sequence.filter(graph.isOptional).sort(graph.byValue)[0] : undefined;
      if (full && (victim === undefined || graph.byValue(victim, node) >= 0)) continue;
      const base = route.sequence.filter((n) => n !== victim);
      for (let at = base.length - 1; at >= 1 && !chosen; at--) {
        const trial = [...base.slice(0, at), node, ...base.slice(at)];
        const schedule = checkRoute(late, routes, k, trial);
        if (routeFits(late, k, trial, schedule)) chosen = { node, trial, schedule };
      }
      // Last, the outing at the end of the day with the meals placed for it.
      const trial = [...base.slice(0, -1), node, ...base.slice(-1)];
      if (!chosen && withMealsPlacedFor) {
        const trialRoutes = routes.map((r, j) => (j === k ? { ...r, sequence: trial } : r));
        const placed = withMealsPlacedFor(trialRoutes, (r) => (r === trialRoutes[k] ? lateEnd(r) : r.endTime));
        const schedule = checkRoute(placed, trialRoutes, k, trial);
        if (routeFits(placed, k, trial, schedule)) chosen = { node, trial, schedule };
      }
      if (chosen) break;
    }
    if (!chosen) return;
    visited.add(chosen.node);
    routes[k] = { ...route, sequence: chosen.trial, schedule: chosen.schedule };
  });
  return routes;
}

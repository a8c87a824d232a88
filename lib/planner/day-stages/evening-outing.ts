/**
 * Evening outings (a show, a night market) are what staying out late is for: a day with room after
 * its last stop takes the most valuable one still unvisited, and may then end as late as the pace
 * allows for one. Days are otherwise as planned, so every other visit keeps to the usual end.
 */
import type { ToptwProblem } from '@/lib/toptw';
import { checkRoute, routeFits, routeProblem, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** Adds at most one evening outing to each day that may have one and has room for it. */
export function addEveningOutings(graph: DestinationNodes, routeDays: readonly RouteDay[], problem: ToptwProblem, maxVisits: number): RouteDay[] {
  const visited = new Set(routeDays.flatMap((route) => route.sequence));
  // One problem for all the trials (the engine compiles each problem object once).
  const late = routeProblem(problem, routeDays, (route) => Math.max(route.endTime, route.eveningEnd ?? route.endTime));
  const routes = routeDays.slice();
  routes.forEach((route, k) => {
    const candidates = [...route.eveningNodes].filter((node) => !visited.has(node)).sort((a, b) => graph.byValue(b, a));
    if (route.eveningEnd === undefined || candidates.length === 0 || route.sequence.filter(graph.isPlace).length >= maxVisits) return;
    // Between the start and end nodes, latest position first; the first candidate that fits wins.
    let chosen: { node: number; trial: number[] } | undefined;
    for (const node of candidates) {
      for (let at = route.sequence.length - 1; at >= 1 && !chosen; at--) {
        const trial = [...route.sequence.slice(0, at), node, ...route.sequence.slice(at)];
        if (routeFits(late, k, trial, checkRoute(late, routes, k, trial))) chosen = { node, trial };
      }
      if (chosen) break;
    }
    if (!chosen) return;
    visited.add(chosen.node);
    routes[k] = { ...route, sequence: chosen.trial, schedule: checkRoute(late, routes, k, chosen.trial) };
  });
  return routes;
}

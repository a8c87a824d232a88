/** The stage that makes every day fit its time: while a day does not, it loses its least valuable optional visit. */
import type { ToptwProblem } from '@/lib/toptw';
import { routeFits, timeRoutes, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** Rounds of dropping before giving up (each round drops at most one visit per day). */
const MAX_ROUNDS = 100;

/** The routes, timed in `problem`, once every one fits; undefined if dropping cannot make them all fit. */
export function dropUntilItFits(graph: DestinationNodes, routeDays: readonly RouteDay[], problem: ToptwProblem): RouteDay[] | undefined {
  const fits = (route: RouteDay, k: number) => routeFits(problem, k, route.sequence, route.schedule);
  let routes = timeRoutes(problem, routeDays);
  for (let round = 0; round < MAX_ROUNDS && !routes.every(fits); round++) {
    routes = timeRoutes(
      problem,
      routes.map((route, k) => {
        if (fits(route, k)) return route;
        const victim = route.sequence.filter(graph.isOptional).sort(graph.byValue)[0];
        return victim === undefined ? route : { ...route, sequence: route.sequence.filter((node) => node !== victim) };
      }),
    );
  }
  return routes.every(fits) ? routes : undefined;
}

/**
 * The stage that makes travel a second objective: once every day fits, the engine's travel-reducing
 * phase regroups and reorders the visits so that a day stays in one part of the destination instead
 * of crossing it and back. A meal eaten near a stop goes with the traveller (it is eaten near the
 * stop before it, wherever that ends up); one eaten near the stay stays there.
 */
import { checkToptwSolution, reduceTravel, type ToptwProblem } from '@/lib/toptw';
import { routeFits, routeProblem, timeRoutes, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';
import { eatWhereYouAre } from './eat-where-you-are';
import { travelMatrix } from './solve-routes';

/**
 * Share of each destination's planned value that trading a visit for a nearer, less valuable one may
 * give up. Measured on the bench:travel grid (regrouping alone: -15.5 % travel per visit at -0.1 %
 * value): 0.1 % gave -18.3 % at -0.7 % (the later stages add to the loss), 0.3 % gave -20.3 % at
 * -1.4 %, 0.8 % overshot the 2 % allowance; 0.1 % keeps well inside it.
 */
const SCORE_TOLERANCE = 0.001;

/** Routes and each meal's anchor after the travel-reducing phase. */
export interface ReducedRoutes {
  routeDays: RouteDay[];
  anchor: Int32Array;
}

/**
 * The routes with less travel (meals in `atFoodPlace` stay at their food place), each day keeping between `visits.min` (or what it has, if fewer) and
 * `visits.max` place visits, and none back later than it was (a day with an evening outing keeps its
 * late end, the others their usual one); falls back to them as they are if the result does not check out.
 */
export function reduceRouteTravel(
  graph: DestinationNodes,
  routeDays: readonly RouteDay[],
  problem: ToptwProblem,
  anchor: Int32Array,
  visits: { max: number; min: number },
  atFoodPlace: ReadonlySet<number> = new Set(),
): ReducedRoutes {
  const S = graph.stays.length;
  const candidates = new Set<number>();
  // Only a lunch eaten near a stop goes with the traveller: breakfast is at the stay or the sunrise
  // viewpoint, dinner stays in town near the night's stay, and a lunch at a food place of the data
  // stays there (meal-places.ts), wherever the day's stops move.
  for (let node = graph.firstMeal; node < graph.nodes.length; node++) {
    if ((anchor[node] as number) >= S && graph.meals[node - graph.firstMeal]?.kind === 'lunch' && !atFoodPlace.has(node)) candidates.add(node);
  }
  const sequences = routeDays.map((route) => route.sequence);
  const endOf = (route: RouteDay) => Math.max(route.endTime, route.schedule[route.schedule.length - 1]?.arrival ?? route.endTime);
  const bounded = routeProblem(problem, routeDays, endOf);
  const problemFor = (anchors: Int32Array) => routeProblem({ nodes: problem.nodes, mandatory: problem.mandatory, fixed: problem.fixed, travelTime: travelMatrix(graph, anchors, false) }, routeDays, endOf);
  // The earlier stages dropped and added stops after the meals were anchored, so a meal may be eaten
  // near a stop that is no longer the one before it. A day whose meals can go with the traveller as it
  // stands takes part; any other is left exactly as it is, its meals where they were.
  const before = eatWhereYouAre(graph, sequences, candidates, anchor);
  const beforeProblem = problemFor(before);
  const beforeCheck = checkToptwSolution(beforeProblem, sequences).routes;
  const takesPart = sequences.map((sequence, k) => routeFits(beforeProblem, k, sequence, beforeCheck[k] ?? []));
  const transparent = new Set([...candidates].filter((node) => takesPart[graph.meals[node - graph.firstMeal]?.route ?? -1]));
  // A day whose order the traveller set is theirs.
  const frozenRoutes = new Set([...graph.orderedPins.map((pin) => pin.route), ...takesPart.flatMap((ok, k) => (ok ? [] : [k]))]);
  const places = new Set<number>();
  for (let node = 0; node < graph.nodes.length; node++) if (graph.isPlace(node)) places.add(node);
  const reduced = reduceTravel(bounded, sequences, { scoreTolerance: SCORE_TOLERANCE, transparent, frozenRoutes, routeLimit: { ...visits, counted: places } });
  const moved = eatWhereYouAre(graph, reduced.routes, transparent, anchor);
  const movedProblem = problemFor(moved);
  if (!checkToptwSolution(movedProblem, reduced.routes).feasible) return { routeDays: routeDays.slice(), anchor };
  return { routeDays: timeRoutes(movedProblem, routeDays.map((route, k) => ({ ...route, sequence: reduced.routes[k] as number[] }))), anchor: moved };
}


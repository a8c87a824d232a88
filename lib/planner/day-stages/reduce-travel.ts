/**
 * The stage that makes travel a second objective: once every day fits, the engine's travel-reducing
 * phase regroups and reorders the visits so that a day stays in one part of the destination instead
 * of crossing it and back. A meal eaten near a stop goes with the traveller (it is eaten near the
 * stop before it, wherever that ends up); one eaten near the stay stays there.
 */
import { checkToptwSolution, reduceTravel, type ToptwProblem } from '@/lib/toptw';
import { routeProblem, timeRoutes, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';
import { travelMatrix } from './solve-routes';

/**
 * Share of the planned value that trading a visit for a nearer, less valuable one may give up. Zero:
 * measured over the travel benchmark's grid, every 1 % of value given up bought under 2 % less
 * travel, while regrouping what is already planned costs no value at all.
 */
const SCORE_TOLERANCE = 0;

/** Routes, the problem they are timed in and each meal's anchor, after the travel-reducing phase. */
export interface ReducedRoutes {
  routeDays: RouteDay[];
  problem: ToptwProblem;
  anchor: Int32Array;
}

/** The routes with less travel; falls back to them as they are if the result does not check out. */
export function reduceRouteTravel(graph: DestinationNodes, routeDays: readonly RouteDay[], problem: ToptwProblem, anchor: Int32Array, maxVisits: number): ReducedRoutes {
  const S = graph.stays.length;
  const transparent = new Set<number>();
  for (let node = graph.firstMeal; node < graph.nodes.length; node++) if ((anchor[node] as number) >= S) transparent.add(node);
  // A day whose order the traveller set is theirs.
  const frozenRoutes = new Set(graph.orderedPins.map((pin) => pin.route));
  const places = new Set<number>();
  for (let node = 0; node < graph.nodes.length; node++) if (graph.isPlace(node)) places.add(node);
  const reduced = reduceTravel(
    problem,
    routeDays.map((route) => route.sequence),
    { scoreTolerance: SCORE_TOLERANCE, transparent, frozenRoutes, routeLimit: { max: maxVisits, counted: places } },
  );
  // Each moving meal is now eaten near the stop before it (the stay, if it comes first).
  const moved = Int32Array.from(anchor);
  for (const sequence of reduced.routes) {
    let previous = sequence[0] as number;
    for (const node of sequence) {
      if (transparent.has(node)) moved[node] = previous;
      else if (node < graph.firstMeal) previous = node;
    }
  }
  const base = { nodes: problem.nodes, mandatory: problem.mandatory, fixed: problem.fixed, travelTime: travelMatrix(graph, moved, false) };
  const movedProblem = routeProblem(base, routeDays);
  if (!checkToptwSolution(movedProblem, reduced.routes).feasible) return { routeDays: routeDays.slice(), problem, anchor };
  return { routeDays: timeRoutes(movedProblem, routeDays.map((route, k) => ({ ...route, sequence: reduced.routes[k] as number[] }))), problem: movedProblem, anchor: moved };
}

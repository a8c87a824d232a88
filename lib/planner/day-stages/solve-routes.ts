/**
 * The solve stage of planDestination, in two passes: the first places meals with no travel cost, the
 * second anchors each meal at the stop before it (eat near where you are) and re-solves from the
 * first answer.
 */
import type { Destination } from '@/lib/data/schema';
import { solveToptw, type ToptwProblem, type ToptwRouteResult } from '@/lib/toptw';
import type { LocalLeg } from '../local-travel';
import { routeProblem, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** Search effort per solve: fixed iterations (not time) keep the planner deterministic. */
const ITERATIONS = 300;
/** Beyond this ride home, the day's last meal moves from its last stop to near the stay. */
const FAR_FROM_STAY_MINUTES = 20;

/** The solver's answer. */
export interface SolvedRoutes {
  /** The routes with the solver's sequences. */
  routeDays: RouteDay[];
  /** The second pass's problem (meals anchored). */
  problem: ToptwProblem;
  /** Per node, the node whose location it takes: itself, or for a meal the stop (or stay) it is eaten near. */
  anchor: Int32Array;
  /** Must-see and pinned nodes the search could not place. */
  missingMandatory: readonly number[];
}

/** Travel minutes between nodes; meals borrow their anchor's row and column, or cost nothing when `mealsFree`. */
export function travelMatrix(graph: DestinationNodes, anchor: Int32Array, mealsFree: boolean): Float64Array {
  const n = graph.nodes.length;
  const matrix = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = anchor[i] as number;
      const b = anchor[j] as number;
      const free = i === j || a === b || (mealsFree && (i >= graph.firstMeal || j >= graph.firstMeal));
      matrix[i * n + j] = free ? 0 : (graph.legs[a]?.[b] as LocalLeg).minutes;
    }
  }
  return matrix;
}

/** Solves the destination's routes. */
export function solveRoutes(destination: Destination, graph: DestinationNodes, routeDays: readonly RouteDay[]): SolvedRoutes {
  const { nodes, mandatory, fixed, firstMeal, legs } = graph;
  const anchor = Int32Array.from({ length: nodes.length }, (_, i) => i);
  // Each pass gets its own problem object: the engine compiles a problem once, so its matrix must not change under it.
  const problemWith = (travelTime: Float64Array) => routeProblem({ nodes, mandatory, fixed, travelTime }, routeDays);
  const seed = 1 + destination.slug.length * 7919 + routeDays.length;
  const first = solveToptw(problemWith(travelMatrix(graph, anchor, true)), { seed, timeMs: Infinity, maxIterations: ITERATIONS });
  // Eat near where you are; but a dinner that ends the day far from tonight's stay (a temple in the
  // forest) is eaten near the stay instead, where the restaurants are and the ride home is short.
  first.routes.forEach((route, k) => {
    let previous = route.nodes[0] as number;
    route.nodes.forEach((node, at) => {
      if (node < firstMeal) previous = node;
      else {
        const end = (routeDays[k] as RouteDay).endNode;
        const endsDay = route.nodes[at + 1] === end && at + 1 === route.nodes.length - 1;
        anchor[node] = endsDay && (legs[previous]?.[end] as LocalLeg).minutes > FAR_FROM_STAY_MINUTES ? end : previous;
      }
    });
  });
  const problem = problemWith(travelMatrix(graph, anchor, false));
  const second = solveToptw(problem, { seed, timeMs: Infinity, maxIterations: ITERATIONS, initialRoutes: first.routes.map((r) => r.nodes) });
  return {
    routeDays: routeDays.map((route, k) => ({ ...route, sequence: (second.routes[k] as ToptwRouteResult).nodes })),
    problem,
    anchor,
    missingMandatory: second.missingMandatory,
  };
}

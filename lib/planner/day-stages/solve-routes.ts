/**
 * The solve stage of planDestination, in two passes: the first places meals with no travel cost, the
 * second puts each meal at a food place on the way or near where you are (meal-places.ts) and
 * re-solves from the first answer.
 */
import type { Destination } from '@/lib/data/schema';
import { solveToptw, type TimeWindow, type ToptwProblem, type ToptwRouteResult } from '@/lib/toptw';
import type { LocalLeg } from '../local-travel';
import { checkRoute, routeFits, routeProblem, timeRoutes, type RouteDay } from '../route-day';
import type { DestinationNodes, MealNode } from './build-nodes';
import { startAtUsualTime } from './cap-to-pace';
import { chooseMealPlaces, type MealPlaces } from './meal-places';

/** Search effort per solve: fixed iterations (not time) keep the planner deterministic. */
const ITERATIONS = 300;

/** The solver's answer. */
export interface SolvedRoutes {
  /** The routes with the solver's sequences. */
  routeDays: RouteDay[];
  /** The second pass's problem (meals anchored). */
  problem: ToptwProblem;
  /** Per node, the node whose location it takes: itself, or for a meal the stop, stay or food place it is at. */
  anchor: Int32Array;
  /** Meal nodes eaten at their anchor, a food place of the data (the others are eaten near it). */
  atFoodPlace: ReadonlySet<number>;
  /** Meal nodes whose window narrowed to their food place's opening hours. */
  windows: ReadonlyMap<number, TimeWindow>;
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
  const { nodes } = graph;
  const free = Int32Array.from({ length: nodes.length }, (_, i) => i);
  const seed = 1 + destination.slug.length * 7919 + routeDays.length;
  const first = solveToptw(anchoredProblem(graph, routeDays, { anchor: free, windows: new Map() }, true), { seed, timeMs: Infinity, maxIterations: ITERATIONS });
  const places = chooseMealPlaces(destination, graph, routeDays, first.routes.map((r) => r.nodes));
  const second = solveToptw(anchoredProblem(graph, routeDays, places, false), { seed, timeMs: Infinity, maxIterations: ITERATIONS, initialRoutes: first.routes.map((r) => r.nodes) });
  const solvedDays = routeDays.map((route, k) => ({ ...route, sequence: (second.routes[k] as ToptwRouteResult).nodes }));
  const { routes, missing, problem } = insertMissingMeals(graph, solvedDays, places, second.missingMandatory);
  return {
    routeDays: routes,
    problem,
    anchor: places.anchor,
    atFoodPlace: places.atFoodPlace,
    windows: places.windows,
    missingMandatory: missing,
  };
}

/** Most optional visits a day gives up to make room for a meal the search left out. */
const MAX_DROPS_FOR_A_MEAL = 4;

/**
 * Meals (and a family's rest) are not optional, but the search may leave one out when the day is
 * tight. Each goes where its day gets back earliest, taken where the party is (near the stop before
 * it, no ride), the day giving up its least valuable optional visits, one at a time, until it fits.
 * Returns the routes, the meal places with the inserted meals' anchors, and what is still missing.
 */
function insertMissingMeals(
  graph: DestinationNodes,
  routeDays: RouteDay[],
  places: MealPlaces,
  missingMandatory: readonly number[],
): { routes: RouteDay[]; missing: number[]; problem: ToptwProblem } {
  const routes = routeDays.slice();
  const missing: number[] = [];
  for (const node of missingMandatory) {
    const meal = node >= graph.firstMeal ? graph.meals[node - graph.firstMeal] : undefined;
    if (!meal) {
      missing.push(node);
      continue;
    }
    const k = meal.route;
    let base = (routes[k] as RouteDay).sequence;
    let placed: { trial: number[]; anchor: number } | undefined;
    for (let drops = 0; drops <= MAX_DROPS_FOR_A_MEAL && !placed; drops++) {
      let bestEnd = Infinity;
      for (let at = 1; at < base.length; at++) {
        const before = base[at - 1] as number;
        const anchor = before >= graph.firstMeal ? (places.anchor[before] as number) : before;
        const trialPlaces = { ...places, anchor: Int32Array.from(places.anchor) };
        trialPlaces.anchor[node] = anchor;
        trialPlaces.atFoodPlace = new Set([...places.atFoodPlace].filter((n) => n !== node));
        const problem = anchoredProblem(graph, routes, trialPlaces, false);
        const trial = [...base.slice(0, at), node, ...base.slice(at)];
        const schedule = checkRoute(problem, routes, k, trial);
        const end = (schedule[schedule.length - 1] as { arrival: number } | undefined)?.arrival ?? Infinity;
        if (routeFits(problem, k, trial, schedule) && end < bestEnd) {
          placed = { trial, anchor };
          bestEnd = end;
        }
      }
      const victim = base.filter(graph.isOptional).sort(graph.byValue)[0];
      if (victim === undefined) break;
      if (!placed) base = base.filter((n) => n !== victim);
    }
    if (placed) {
      routes[k] = { ...(routes[k] as RouteDay), sequence: placed.trial };
      places.anchor[node] = placed.anchor;
      places.atFoodPlace.delete(node);
      places.windows.delete(node);
    } else missing.push(node);
  }
  return { routes, missing, problem: anchoredProblem(graph, routes, places, false) };
}

/**
 * The routes' problem with meals at their places: travel to and from each meal is its anchor's, and
 * a meal at a food place keeps to its opening hours. Each call makes a new problem object (the
 * engine compiles a problem once, so its matrix must not change under it).
 */
function anchoredProblem(
  graph: DestinationNodes,
  routeDays: readonly RouteDay[],
  places: Pick<MealPlaces, 'anchor' | 'windows'>,
  mealsFree: boolean,
  endTimeOf?: (route: RouteDay) => number,
): ToptwProblem {
  const nodes = graph.nodes.map((node, i) => {
    const window = places.windows.get(i);
    return window ? { ...node, windowsByRoute: node.windowsByRoute?.map((w) => (w && w.length > 0 ? [window] : w)) } : node;
  });
  return routeProblem({ nodes, mandatory: graph.mandatory, fixed: graph.fixed, travelTime: travelMatrix(graph, places.anchor, mealsFree) }, routeDays, endTimeOf);
}

/**
 * The solve's meal places, less those left stale by the cap on visits (a breakfast "near" a sunrise
 * place no longer visited would send the day there first), and the problem the next stages time the
 * days in. A stale meal is placed again from the day as it now stands; the others stay as solved.
 */
export function placeMeals(destination: Destination, graph: DestinationNodes, solved: SolvedRoutes, routeDays: readonly RouteDay[]): { problem: ToptwProblem; placed: Pick<SolvedRoutes, 'anchor' | 'atFoodPlace' | 'windows'> } {
  const fresh = chooseMealPlaces(destination, graph, routeDays, routeDays.map((r) => r.sequence));
  const placed: MealPlaces = { anchor: Int32Array.from(solved.anchor), atFoodPlace: new Set(solved.atFoodPlace), windows: new Map(solved.windows) };
  graph.meals.forEach((meal, i) => {
    const node = graph.firstMeal + i;
    const anchor = solved.anchor[node] as number;
    const stale = graph.isPlace(anchor) && !solved.atFoodPlace.has(node) && !(routeDays[meal.route] as RouteDay).sequence.includes(anchor);
    if (stale) take(placed, fresh, node);
  });
  return { problem: anchoredProblem(graph, routeDays, placed, false), placed };
}

/** Places meal node `node` as in `from`. */
function take(places: MealPlaces, from: Pick<SolvedRoutes, 'anchor' | 'atFoodPlace' | 'windows'>, node: number): void {
  places.anchor[node] = from.anchor[node] as number;
  if (from.atFoodPlace.has(node)) places.atFoodPlace.add(node);
  else places.atFoodPlace.delete(node);
  const window = from.windows.get(node);
  if (window) places.windows.set(node, window);
  else places.windows.delete(node);
}

/** The problem of `routeDays` with every meal placed afresh from their order of stops, each route ending at `endTimeOf`. */
export function withMealsPlacedFor(destination: Destination, graph: DestinationNodes, routeDays: readonly RouteDay[], endTimeOf: (route: RouteDay) => number): ToptwProblem {
  return anchoredProblem(graph, routeDays, chooseMealPlaces(destination, graph, routeDays, routeDays.map((r) => r.sequence)), false, endTimeOf);
}

/**
 * The later stages drop and add visits, so a meal may be left "near" a place no longer on its day.
 * Places the meals again from the final order of stops and re-times the days. A day that no longer
 * fits with all its new meal places takes them one meal at a time, each only if the day still fits;
 * the others stay as in `timedWith`, the places the days were last timed with.
 */
export function placeMealsInFinalOrder(
  destination: Destination,
  graph: DestinationNodes,
  timedWith: Pick<SolvedRoutes, 'anchor' | 'atFoodPlace' | 'windows'>,
  routeDays: readonly RouteDay[],
): Pick<SolvedRoutes, 'anchor' | 'atFoodPlace'> & { routeDays: RouteDay[] } {
  // A day whose sunrise outing a later stage dropped has no reason to leave early either.
  const routes = startAtUsualTime(routeDays);
  const after = chooseMealPlaces(destination, graph, routes, routes.map((r) => r.sequence));
  // A day that kept an evening outing may end as late as one allows (evening-outing.ts).
  const endTimeOf = (route: RouteDay) => (route.sequence.some((node) => route.eveningNodes.has(node)) ? Math.max(route.endTime, route.eveningEnd ?? route.endTime) : route.endTime);
  const current: MealPlaces = { anchor: Int32Array.from(after.anchor), atFoodPlace: new Set(after.atFoodPlace), windows: new Map(after.windows) };
  const timed = (places: MealPlaces) => {
    const problem = anchoredProblem(graph, routes, places, false, endTimeOf);
    const retimed = timeRoutes(problem, routes);
    return { routes: retimed, fits: retimed.map((route, k) => routeFits(problem, k, route.sequence, route.schedule)) };
  };
  let result = timed(current);
  const failing = new Set(result.fits.flatMap((fits, k) => (fits ? [] : [k])));
  if (failing.size > 0) {
    const mealNodes = graph.meals.flatMap((meal, i) => (failing.has(meal.route) ? [graph.firstMeal + i] : []));
    for (const node of mealNodes) take(current, timedWith, node);
    for (const node of mealNodes) {
      take(current, after, node);
      const trial = timed(current);
      const k = (graph.meals[node - graph.firstMeal] as MealNode).route;
      if (!trial.fits[k]) take(current, timedWith, node);
    }
    result = timed(current);
  }
  // A day that fits with none of the changes keeps the timing it came with, and so the meal places
  // it was timed with: a meal moved without its day's timing would be reached late.
  graph.meals.forEach((meal, i) => {
    if (!result.fits[meal.route]) take(current, timedWith, graph.firstMeal + i);
  });
  return { routeDays: result.routes.map((route, k) => (result.fits[k] ? route : (routeDays[k] as RouteDay))), anchor: current.anchor, atFoodPlace: current.atFoodPlace };
}

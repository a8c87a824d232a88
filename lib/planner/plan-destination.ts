/**
 * Fills the days spent in one destination: a TOPTW whose routes are those days (from where the
 * traveller slept to where they sleep next: the same stay area, or the next one on a change of
 * hotel), whose nodes are the destination's places with that date's opening hours, plus breakfast,
 * lunch, dinner and (for a family in the heat) a midday rest. A pipeline of stages over one record
 * per day (RouteDay, route-day.ts), each in day-stages/.
 */
import type { Destination, Place, StayArea } from '@/lib/data/schema';
import { buildNodes } from './day-stages/build-nodes';
import { capToPace, startAtUsualTime } from './day-stages/cap-to-pace';
import { dropUntilItFits } from './day-stages/drop-until-fits';
import { addEveningOutings } from './day-stages/evening-outing';
import { keepPinOrder } from './day-stages/keep-pin-order';
import { oneSunriseAtATime } from './day-stages/one-sunrise-at-a-time';
import { fillShortDays } from './day-stages/fill-short-days';
import { reduceRouteTravel } from './day-stages/reduce-travel';
import { placeMeals, placeMealsInFinalOrder, solveRoutes, travelMatrix, withMealsPlacedFor } from './day-stages/solve-routes';
import { missedPlaces, toPlannedDays } from './day-stages/to-planned-days';
import { isWanted, travellerWishes } from './day-stages/traveller-wishes';
import { isFullDay, minVisitsPerFullDay } from './full-days';
import { maxVisitsFor } from './party';
import type { PlanRequest } from './request';
import { routeDaysOf, routeProblem, timeRoutes, type LocalReplan, type RouteDay } from './route-day';
import type { FrameDay } from './trip-frame';
import type { SolvedRoutes } from './day-stages/solve-routes';

type MealPlacement = Pick<SolvedRoutes, 'anchor' | 'atFoodPlace' | 'windows'>;

/** The meals planned into a day. */
export type MealKind = 'breakfast' | 'lunch' | 'dinner';

/**
 * A stop of a planned day: a place visited; a meal eaten at a food place (`at`) or near a place or
 * the stay; a family's midday rest at the stay or near where they are.
 */
export type Stop =
  | { kind: 'place'; place: Place; start: number; end: number; value: number }
  | { kind: 'meal'; meal: MealKind; near: Place | StayArea; at: boolean; start: number; end: number }
  | { kind: 'rest'; near: Place | StayArea; start: number; end: number };

/** One day of sightseeing as planned. */
export interface PlannedDay {
  day: FrameDay;
  /** Stops in visit order; times in local minutes of the day (a sunrise stop may precede the day window). */
  stops: Stop[];
  /** Where the day starts (last night's stay area) and ends (tonight's; the same unless the hotel changes). */
  startStay: StayArea;
  endStay: StayArea;
  /** Local minute the day leaves the stay area and arrives at the next night's. */
  leaveStay: number;
  returnStay: number;
}

/** Everything planned in one destination. */
export interface DestinationPlan {
  days: PlannedDay[];
  /** Must-see or pinned places that could not be fitted, with the reason. */
  missed: { place: Place; reason: 'closed' | 'no_time' }[];
  /**
   * Set when some full days here are left short of visits because the destination has no more places
   * that fit them: the sightseeing days spent here, and how many of them its places fill.
   */
  spare?: { days: number; filled: number };
}

/**
 * Plans every day of `days` (all in `destination`, each with a sightseeing window), or only the days
 * of `local` (a local re-plan; the others only say where the nights are). Stages: build nodes →
 * solve → cap to pace → one sunrise at a time → start at usual time → place meals → keep pin order →
 * drop until it fits → fill short days → evening outings → reduce travel → place meals in the final
 * order → to planned days.
 */
export function planDestination(destination: Destination, days: readonly FrameDay[], request: PlanRequest, local?: LocalReplan): DestinationPlan {
  const maxVisits = maxVisitsFor(request);
  const wishes = travellerWishes(destination, request);
  const framed = routeDaysOf(destination, days, request, local);
  if (framed.routeDays.length === 0) {
    // Every day here is taken by travel: nothing to plan, and every must-see is out of time.
    return { days: [], missed: wishes.places.filter((place) => isWanted(wishes, place.id)).map((place) => ({ place, reason: 'no_time' })) };
  }

  const { graph, routeDays } = buildNodes(destination, framed.routeDays, framed.stays, request, wishes, local === undefined);
  const solved = solveRoutes(destination, graph, routeDays);
  const started = startAtUsualTime(oneSunriseAtATime(graph, capToPace(graph, solved.routeDays, maxVisits)));
  // One problem object for every check from here on (the engine compiles each problem object once),
  // with no meal left near a place the cap dropped.
  const meals = placeMeals(destination, graph, solved, started);
  const timed = routeProblem(meals.problem, started);
  const fitted = dropUntilItFits(graph, keepPinOrder(graph, started, timed), timed);
  const full = started.map((route) => isFullDay(route, request));
  const minVisits = minVisitsPerFullDay(request);
  const problemFor = (anchor: Int32Array) => routeProblem({ ...meals.problem, travelTime: travelMatrix(graph, anchor, false) }, started);
  const filled = fitted ? fillShortDays(graph, fitted, timed, full, minVisits, meals.placed.anchor, problemFor) : undefined;
  const replaced = (routes: readonly RouteDay[], endTimeOf: (route: RouteDay) => number) => withMealsPlacedFor(destination, graph, routes, endTimeOf);
  const evenings = filled ? addEveningOutings(graph, filled.routeDays, filled.problem, maxVisits, replaced) : undefined;
  // Travel is reduced last, so that it cannot take the room an evening outing needed.
  const reduced = filled && evenings ? reduceRouteTravel(graph, evenings, filled.problem, filled.anchor, { max: maxVisits, min: minVisits }, meals.placed.atFoodPlace) : undefined;
  // If dropping cannot make every day fit, the solver's own answer stands (less a second sunrise in a row).
  const final = reduced ? reduced.routeDays : timeRoutes(solved.problem, oneSunriseAtATime(graph, solved.routeDays));

  const placed = placeMealsInFinalOrder(destination, graph, reduced ? movedMeals(meals.placed, reduced.anchor) : solved, final);
  const plannedDays = toPlannedDays(graph, placed, placed.routeDays, destination.timezone);
  // Full days still short of visits (a day trip takes a day on its own): the destination has run
  // out of places that fit them.
  const dayTrip = (node: number) => graph.isPlace(node) && (graph.places[node - graph.stays.length] as Place).tags.includes('dayTrip');
  const shortDays = placed.routeDays.filter((route, k) => full[k] && route.sequence.filter(graph.isPlace).length < minVisits && !route.sequence.some(dayTrip)).length;
  const spare = shortDays > 0 ? { days: final.length, filled: final.length - shortDays } : undefined;
  return { days: plannedDays, missed: missedPlaces(graph, solved.missingMandatory), ...(spare ? { spare } : {}) };
}

/**
 * The meal places after the travel stage: a meal it moved (to eat where the traveller now is) is no
 * longer at the food place it was placed at, nor bound to that place's hours.
 */
function movedMeals(placed: MealPlacement, anchor: Int32Array): MealPlacement {
  const kept = (node: number) => anchor[node] === placed.anchor[node];
  return {
    anchor,
    atFoodPlace: new Set([...placed.atFoodPlace].filter(kept)),
    windows: new Map([...placed.windows].filter(([node]) => kept(node))),
  };
}

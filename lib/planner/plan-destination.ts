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
import { placeMeals, placeMealsInFinalOrder, solveRoutes, withMealsPlacedFor } from './day-stages/solve-routes';
import { missedPlaces, toPlannedDays } from './day-stages/to-planned-days';
import { isWanted, travellerWishes } from './day-stages/traveller-wishes';
import { maxVisitsFor } from './party';
import type { PlanRequest } from './request';
import { routeDaysOf, routeProblem, timeRoutes, type LocalReplan, type RouteDay } from './route-day';
import type { FrameDay } from './trip-frame';

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
}

/**
 * Plans every day of `days` (all in `destination`, each with a sightseeing window), or only the days
 * of `local` (a local re-plan; the others only say where the nights are). Stages: build nodes →
 * solve → cap to pace → one sunrise at a time → start at usual time → place meals → keep pin order →
 * drop until it fits → evening outings → place meals in the final order → to planned days.
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
  // If dropping cannot make every day fit, the solver's own answer stands (less a second sunrise in a row).
  const replaced = (routes: readonly RouteDay[], endTimeOf: (route: RouteDay) => number) => withMealsPlacedFor(destination, graph, routes, endTimeOf);
  const final = fitted ? addEveningOutings(graph, fitted, timed, maxVisits, replaced) : timeRoutes(solved.problem, oneSunriseAtATime(graph, solved.routeDays));

  const placed = placeMealsInFinalOrder(destination, graph, fitted ? meals.placed : solved, final);
  const plannedDays = toPlannedDays(graph, placed, placed.routeDays, destination.timezone);
  return { days: plannedDays, missed: missedPlaces(graph, solved.missingMandatory) };
}

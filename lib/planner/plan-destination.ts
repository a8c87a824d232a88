/**
 * Fills the days spent in one destination: a TOPTW whose routes are those days (from where the
 * traveller slept to where they sleep next: the same stay area, or the next one on a change of
 * hotel), whose nodes are the destination's places with that date's opening hours, plus lunch and
 * dinner. A pipeline of stages over one record per day (RouteDay, route-day.ts), each in day-stages/.
 */
import type { Destination, Place, StayArea } from '@/lib/data/schema';
import { buildNodes } from './day-stages/build-nodes';
import { capToPace, startAtUsualTime } from './day-stages/cap-to-pace';
import { dropUntilItFits } from './day-stages/drop-until-fits';
import { addEveningOutings } from './day-stages/evening-outing';
import { fillShortDays } from './day-stages/fill-short-days';
import { keepPinOrder } from './day-stages/keep-pin-order';
import { solveRoutes, travelMatrix } from './day-stages/solve-routes';
import { reduceRouteTravel } from './day-stages/reduce-travel';
import { missedPlaces, toPlannedDays } from './day-stages/to-planned-days';
import { isWanted, travellerWishes } from './day-stages/traveller-wishes';
import { isFullDay, minVisitsPerFullDay } from './full-days';
import { PACE } from './pace';
import type { PlanRequest } from './request';
import { routeDaysOf, routeProblem, timeRoutes } from './route-day';
import type { FrameDay } from './trip-frame';

/** The two meals planned into a day. */
export type MealKind = 'lunch' | 'dinner';

/** A stop of a planned day: a place visited, or a meal eaten near a place or the stay. */
export type Stop =
  | { kind: 'place'; place: Place; start: number; end: number; value: number }
  | { kind: 'meal'; meal: MealKind; near: Place | StayArea; start: number; end: number };

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
  score: number;
  /**
   * Set when some full days here are left short of visits because the destination has no more places
   * that fit them: the sightseeing days spent here, and how many of them its places fill.
   */
  spare?: { days: number; filled: number };
}

/**
 * Plans every day of `days` (all in `destination`, each with a sightseeing window). Stages: build
 * nodes → solve → cap to pace → start at usual time → keep pin order → drop until it fits → fill
 * short days → evening outings → reduce travel → to planned days.
 */
export function planDestination(destination: Destination, days: readonly FrameDay[], request: PlanRequest): DestinationPlan {
  const pace = PACE[request.pace];
  const wishes = travellerWishes(destination, request);
  const framed = routeDaysOf(destination, days, request);
  if (framed.routeDays.length === 0) {
    // Every day here is taken by travel: nothing to plan, and every must-see is out of time.
    return { days: [], missed: wishes.places.filter((place) => isWanted(wishes, place.id)).map((place) => ({ place, reason: 'no_time' })), score: 0 };
  }

  const { graph, routeDays } = buildNodes(destination, framed.routeDays, framed.stays, request, wishes);
  const solved = solveRoutes(destination, graph, routeDays);
  const started = startAtUsualTime(capToPace(graph, solved.routeDays, pace.maxVisits));
  // One problem object for every check from here on: the engine compiles each problem object once.
  const timed = routeProblem(solved.problem, started);
  const fitted = dropUntilItFits(graph, keepPinOrder(graph, started, timed), timed);
  // If dropping cannot make every day fit, the solver's own answer stands as it is.
  const full = started.map((route) => isFullDay(route, request));
  const minVisits = minVisitsPerFullDay(request);
  const problemFor = (anchor: Int32Array) => routeProblem({ ...solved.problem, travelTime: travelMatrix(graph, anchor, false) }, started);
  const filled = fitted ? fillShortDays(graph, fitted, timed, full, minVisits, solved.anchor, problemFor) : undefined;
  // Travel is reduced last, so that it cannot take the room an evening outing needed.
  const evenings = filled ? addEveningOutings(graph, filled.routeDays, filled.problem, pace.maxVisits) : undefined;
  const reduced = filled && evenings ? reduceRouteTravel(graph, evenings, filled.problem, filled.anchor, { max: pace.maxVisits, min: minVisits }) : undefined;
  const final = reduced ? reduced.routeDays : timeRoutes(solved.problem, solved.routeDays);

  const plannedDays = toPlannedDays(graph, reduced?.anchor ?? solved.anchor, final);
  const score = plannedDays.reduce((sum, d) => sum + d.stops.reduce((s, stop) => s + (stop.kind === 'place' ? stop.value : 0), 0), 0);
  // Full days still short of visits: the destination has run out of places that fit them.
  const shortDays = final.filter((route, k) => full[k] && route.sequence.filter(graph.isPlace).length < minVisits).length;
  const spare = shortDays > 0 ? { days: final.length, filled: final.length - shortDays } : undefined;
  return { days: plannedDays, missed: missedPlaces(graph, solved.missingMandatory), score, ...(spare ? { spare } : {}) };
}

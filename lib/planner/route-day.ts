/**
 * The one record per day that planDestination's stages pass along: the frame day, where its route
 * starts and ends, the times it may use, and its stops as planned so far.
 */
import type { Destination, StayArea } from '@/lib/data/schema';
import { checkToptwSolution, type ToptwProblem, type ToptwRoute, type ToptwVisit } from '@/lib/toptw';
import { addDays } from '@/lib/time/local-time';
import { dayEndsFor } from './party';
import type { PlanRequest } from './request';
import type { FrameDay } from './trip-frame';

/** A local re-plan: the days planned again, and those of them next to a kept day that starts at sunrise. */
export interface LocalReplan {
  days: ReadonlySet<number>;
  noSunriseOn: ReadonlySet<number>;
}

/** One day of a destination as a TOPTW route, with its plan so far. */
export interface RouteDay {
  day: FrameDay;
  /** The day's sightseeing window (local minutes). */
  window: { start: number; end: number };
  /** Last night's stay area and tonight's (the same unless the hotel changes), and their nodes. */
  startStay: StayArea;
  endStay: StayArea;
  startNode: number;
  endNode: number;
  /**
   * When the route leaves the stay: before the window's start while a sunrise outing is possible that
   * day, at the window's start once the day keeps none.
   */
  startTime: number;
  /** When the route leaves on a day without a sunrise outing: the window's start, or breakfast's at the stay just before it. */
  usualStart: number;
  /** When the route must be back: the window's end, or later when a pinned time needs it. */
  endTime: number;
  /** How late an evening outing may end the day; undefined when the day may not have one. */
  eveningEnd: number | undefined;
  /** No sunrise outing today unless pinned: a kept neighbouring day already starts with one. */
  sunriseBarred: boolean;
  /** Place nodes that would be a sunrise outing on this day. */
  sunriseNodes: Set<number>;
  /** Place nodes that would be an evening outing running past the window on this day. */
  eveningNodes: Set<number>;
  /** Node order: start stay, places and meals, end stay. */
  sequence: number[];
  /** The sequence's timing as last checked (empty until the first check). */
  schedule: ToptwVisit[];
}

/**
 * The days that have a sightseeing window, as routes; `stays` are nodes 0..stays.length-1. `local`
 * narrows them to its day numbers (a local re-plan); the other days still say where each night is spent.
 */
export function routeDaysOf(destination: Destination, days: readonly FrameDay[], request: PlanRequest, local?: LocalReplan): { routeDays: RouteDay[]; stays: StayArea[] } {
  const ends = dayEndsFor(request);
  const withWindow = days.filter((d) => d.window && (!local || local.days.has(d.dayNumber)));
  // Each day runs from last night's stay area (today's own on the day of arrival) to tonight's.
  const areaOn = new Map(days.map((d) => [d.date, d.stayArea]));
  const startStays = withWindow.map((d) => (areaOn.get(addDays(d.date, -1)) ?? d.stayArea ?? destination.stayAreas[0]) as StayArea);
  const endStays = withWindow.map((d, k) => (d.stayArea ?? startStays[k]) as StayArea);
  const stays: StayArea[] = [...new Set([...startStays, ...endStays])];
  const routeDays = withWindow.map((day, k): RouteDay => {
    const window = day.window as { start: number; end: number };
    const startStay = startStays[k] as StayArea;
    const endStay = endStays[k] as StayArea;
    return {
      day,
      window,
      startStay,
      endStay,
      startNode: stays.indexOf(startStay),
      endNode: stays.indexOf(endStay),
      startTime: window.start,
      usualStart: window.start,
      endTime: window.end,
      // A day cut short (a departure), or one whose end the traveller set, keeps to its end.
      eveningEnd: !request.dayEnd && window.end >= ends.dayEnd && ends.eveningEnd > ends.dayEnd ? ends.eveningEnd : undefined,
      sunriseBarred: local?.noSunriseOn.has(day.dayNumber) ?? false,
      sunriseNodes: new Set(),
      eveningNodes: new Set(),
      sequence: [],
      schedule: [],
    };
  });
  return { routeDays, stays };
}

/**
 * The TOPTW problem of `base`'s nodes over these routes, each ending at `endTimeOf` (its endTime by
 * default). A stage that changes a route's times needs a problem object of its own: the engine
 * compiles each problem object once.
 */
export function routeProblem(base: Omit<ToptwProblem, 'routes'>, routeDays: readonly RouteDay[], endTimeOf: (route: RouteDay) => number = (route) => route.endTime): ToptwProblem {
  return { ...base, routes: routeDays.map((route) => ({ start: route.startNode, end: route.endNode, startTime: route.startTime, endTime: endTimeOf(route) })) };
}

/** Each route with its sequence's timing in `problem`. */
export function timeRoutes(problem: ToptwProblem, routeDays: readonly RouteDay[]): RouteDay[] {
  const schedules = checkToptwSolution(problem, routeDays.map((route) => route.sequence)).routes;
  return routeDays.map((route, k) => ({ ...route, schedule: schedules[k] ?? [] }));
}

/** The timing of route `k` if its sequence were `sequence` (the checker takes every route; the others as in `routeDays`). */
export function checkRoute(problem: ToptwProblem, routeDays: readonly RouteDay[], k: number, sequence: readonly number[]): ToptwVisit[] {
  return checkToptwSolution(problem, routeDays.map((route, r) => (r === k ? sequence : route.sequence))).routes[k] ?? [];
}

/**
 * Whether route `k`, timed as `schedule`, keeps every stop of `sequence` and is back by its end time
 * in `problem`: the one test of "this day fits" that every stage uses.
 */
export function routeFits(problem: ToptwProblem, k: number, sequence: readonly number[], schedule: readonly ToptwVisit[]): boolean {
  const last = schedule[schedule.length - 1];
  return schedule.length === sequence.length && last !== undefined && last.arrival <= (problem.routes[k] as ToptwRoute).endTime + 1e-6;
}

/** The last stage of planDestination: timed routes back into the planner's days, stops and misses. */
import type { Place, StayArea } from '@/lib/data/schema';
import type { DestinationPlan, PlannedDay, Stop } from '../plan-destination';
import type { RouteDay } from '../route-day';
import { plannedVisitMinutes, spansSunWindow, sunWindow } from '../sun-visit';
import type { DestinationNodes, MealNode } from './build-nodes';
import type { SolvedRoutes } from './solve-routes';

/** Each route's schedule as the day's stops; the solve's anchors say where each meal and rest is. */
export function toPlannedDays(graph: DestinationNodes, { anchor, atFoodPlace }: Pick<SolvedRoutes, 'anchor' | 'atFoodPlace'>, routeDays: readonly RouteDay[], timeZone: string): PlannedDay[] {
  const { stays, places, meals, firstMeal, values } = graph;
  const S = stays.length;
  return routeDays.map((route) => {
    const visits = route.schedule;
    const stops: Stop[] = [];
    for (const visit of visits) {
      if (visit.node < S) continue;
      if (visit.node >= firstMeal) {
        const meal = meals[visit.node - firstMeal] as MealNode;
        const anchorNode = anchor[visit.node] as number;
        const near = anchorNode < S ? (stays[anchorNode] as StayArea) : (places[anchorNode - S] as Place);
        const times = { start: visit.start, end: visit.start + meal.minutes };
        stops.push(meal.kind === 'rest' ? { kind: 'rest', near, ...times } : { kind: 'meal', meal: meal.kind, near, at: atFoodPlace.has(visit.node), ...times });
      } else {
        const place = places[visit.node - S] as Place;
        stops.push({ kind: 'place', place, start: visit.start, end: visit.start + visitLength(place, route.day.date, timeZone, visit.start), value: values[visit.node] as number });
      }
    }
    const lastVisit = visits[visits.length - 1];
    const firstVisit = visits[0];
    return { day: route.day, stops, startStay: route.startStay, endStay: route.endStay, leaveStay: firstVisit?.end ?? route.window.start, returnStay: lastVisit?.arrival ?? route.window.end };
  });
}

/**
 * A sunrise or sunset place is given the whole sun window when its visit starts in time for it; at
 * any other time it is an ordinary visit of its usual length (the rest of the time kept is slack).
 */
function visitLength(place: Place, date: string, timeZone: string, start: number): number {
  const sun = sunWindow(place, date, timeZone);
  const long = plannedVisitMinutes(place);
  return sun && spansSunWindow(sun, start, start + long) ? long : place.visitMinutes;
}

/** The must-see and pinned places the solver could not place: closed on every day here, or out of time. */
export function missedPlaces(graph: DestinationNodes, missingMandatory: readonly number[]): DestinationPlan['missed'] {
  const missed: DestinationPlan['missed'] = [];
  for (const node of missingMandatory) {
    if (node >= graph.firstMeal) continue;
    const place = graph.places[node - graph.stays.length] as Place;
    const everOpen = (graph.nodes[node]?.windowsByRoute ?? []).some((w) => (w?.length ?? 0) > 0);
    missed.push({ place, reason: everOpen ? 'no_time' : 'closed' });
  }
  return missed;
}

/** The stages between the solve and the timing checks: the pace's cap on visits, then each day's start. */
import type { RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** Caps each day's visits at the pace's maximum, dropping its least valuable optional ones. */
export function capToPace(graph: DestinationNodes, routeDays: readonly RouteDay[], maxVisits: number): RouteDay[] {
  return routeDays.map((route) => {
    const visits = route.sequence.filter(graph.isPlace);
    const removable = visits.filter(graph.isOptional).sort(graph.byValue);
    const drop = new Set(removable.slice(0, Math.max(0, visits.length - maxVisits)));
    return { ...route, sequence: route.sequence.filter((node) => !drop.has(node)) };
  });
}

/** A day that kept no sunrise outing has no reason to leave early: it starts at its usual time (breakfast, then out). */
export function startAtUsualTime(routeDays: readonly RouteDay[]): RouteDay[] {
  return routeDays.map((route) => (route.sequence.some((node) => route.sunriseNodes.has(node)) ? route : { ...route, startTime: route.usualStart }));
}

/**
 * No two sunrise starts on consecutive days: one 05:00 alarm is an experience, two in a row wear the
 * traveller out. Where the solver kept sunrise outings on two days running, the one the traveller did
 * not ask for (the less valuable if neither was) is dropped; the day then starts at its usual time.
 */
import { addDays } from '@/lib/time/local-time';
import type { RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** The routes with no sunrise outing on the day after another. */
export function oneSunriseAtATime(graph: DestinationNodes, routeDays: readonly RouteDay[]): RouteDay[] {
  const routes = routeDays.slice();
  const sunrises = (k: number) => (routes[k] as RouteDay).sequence.filter((node) => (routes[k] as RouteDay).sunriseNodes.has(node));
  for (let k = 1; k < routes.length; k++) {
    const today = routes[k] as RouteDay;
    const yesterday = routes[k - 1] as RouteDay;
    if (addDays(yesterday.day.date, 1) !== today.day.date || sunrises(k).length === 0 || sunrises(k - 1).length === 0) continue;
    // Must-sees and pins are not optional: the traveller's wish stands even on two days running.
    const droppable = [k, k - 1].filter((r) => sunrises(r).every(graph.isOptional));
    if (droppable.length === 0) continue;
    const value = (r: number) => Math.max(...sunrises(r).map((node) => graph.values[node] as number));
    const victim = droppable.reduce((a, b) => (value(b) < value(a) ? b : a));
    const dropped = new Set(sunrises(victim));
    routes[victim] = { ...(routes[victim] as RouteDay), sequence: (routes[victim] as RouteDay).sequence.filter((node) => !dropped.has(node)) };
  }
  return routes;
}

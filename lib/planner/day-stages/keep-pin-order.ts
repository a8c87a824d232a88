/**
 * Keeps the traveller's order: pins of a day that carry an order are visited in that order (the
 * engine has no precedence rules, so the day is rebuilt around them when the solver's answer breaks it).
 */
import type { ToptwProblem } from '@/lib/toptw';
import { checkRoute, routeFits, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** Puts each day's ordered pins in order, where they fit in `problem`. */
export function keepPinOrder(graph: DestinationNodes, routeDays: readonly RouteDay[], problem: ToptwProblem): RouteDay[] {
  return routeDays.map((route, k) => {
    const ordered = graph.orderedPins
      .filter((pin) => pin.route === k)
      .sort((a, b) => a.order - b.order)
      .map((pin) => pin.node);
    if (ordered.length < 2) return route;
    const returnTime = (sequence: number[]): number | undefined => {
      const schedule = checkRoute(problem, routeDays, k, sequence);
      return routeFits(problem, k, sequence, schedule) ? (schedule[schedule.length - 1] as { arrival: number }).arrival : undefined;
    };
    return { ...route, sequence: putInOrder(route.sequence, ordered, returnTime, graph.isOptional, graph.byValue) };
  });
}

/**
 * A route with `ordered` visited in that order. If it is not already, the day is rebuilt around them:
 * the ordered visits first, then the other required stops (meals, other pins), then the optional
 * visits by value, each put where the day ends earliest. `endOf` answers when a candidate route gets
 * back to its end, or undefined when it does not fit. Returns the route unchanged if even the ordered
 * visits alone do not fit (the caller then reports the order as not kept).
 */
function putInOrder(
  route: readonly number[],
  ordered: readonly number[],
  endOf: (candidate: number[]) => number | undefined,
  isOptional: (node: number) => boolean,
  byValue: (a: number, b: number) => number,
): number[] {
  const positions = ordered.map((node) => route.indexOf(node));
  if (positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))) return route.slice();
  const first = route[0] as number;
  const last = route[route.length - 1] as number;
  let candidate = [first, ...ordered, last];
  if (endOf(candidate) === undefined) return route.slice();
  const others = route.slice(1, -1).filter((node) => !ordered.includes(node));
  const required = others.filter((node) => !isOptional(node));
  const optional = others.filter(isOptional).sort(byValue).reverse();
  for (const node of [...required, ...optional]) {
    let best: number[] | undefined;
    let bestEnd = Infinity;
    for (let at = 1; at < candidate.length; at++) {
      const trial = [...candidate.slice(0, at), node, ...candidate.slice(at)];
      const end = endOf(trial);
      if (end !== undefined && end < bestEnd) {
        best = trial;
        bestEnd = end;
      }
    }
    if (best) candidate = best;
  }
  return candidate;
}

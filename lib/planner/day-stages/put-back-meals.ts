/**
 * Lunch and dinner are part of every day the search plans, but the search is a heuristic: now and
 * then it leaves a day's meal out (a long day trip, an evening outing in its slot). This stage puts
 * each missing meal back where the day ends earliest, dropping the day's least valuable optional
 * visits until it fits.
 */
import type { ToptwProblem } from '@/lib/toptw';
import { checkRoute, routeFits, type RouteDay } from '../route-day';
import type { DestinationNodes } from './build-nodes';

/** The routes with every meal of theirs in them, where dropping optional visits can make it fit. */
export function putBackMeals(graph: DestinationNodes, routeDays: readonly RouteDay[], problem: ToptwProblem): RouteDay[] {
  return routeDays.map((route, k) => {
    let sequence = route.sequence;
    // The sequence with `node` where it fits and the day ends earliest, if anywhere.
    const withMeal = (node: number): number[] | undefined => {
      let best: number[] | undefined;
      let bestEnd = Infinity;
      for (let at = 1; at < sequence.length; at++) {
        const trial = [...sequence.slice(0, at), node, ...sequence.slice(at)];
        const schedule = checkRoute(problem, routeDays, k, trial);
        const end = schedule[schedule.length - 1]?.arrival ?? Infinity;
        if (routeFits(problem, k, trial, schedule) && end < bestEnd) {
          best = trial;
          bestEnd = end;
        }
      }
      return best;
    };
    graph.meals.forEach((meal, i) => {
      const node = graph.firstMeal + i;
      if (meal.route !== k || sequence.includes(node)) return;
      for (let placed = withMeal(node); ; placed = withMeal(node)) {
        if (placed) {
          sequence = placed;
          return;
        }
        const victim = sequence.filter(graph.isOptional).sort(graph.byValue)[0];
        if (victim === undefined) return;
        sequence = sequence.filter((n) => n !== victim);
      }
    });
    return sequence === route.sequence ? route : { ...route, sequence };
  });
}

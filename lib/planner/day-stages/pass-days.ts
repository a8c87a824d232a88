/**
 * Which days of a destination may use each multi-day pass (the Angkor Pass): its places are grouped
 * into the days of the cheapest option that covers them, instead of being spread over the whole stay
 * (temples on 9 days of 10 need the 7-day pass; on 3 days, the 3-day one). The other days are for
 * places without the pass: town, markets, the lake, day trips.
 */
import type { Destination, Pass, Place } from '@/lib/data/schema';
import { daysBetween } from '@/lib/time/local-time';
import { PACE } from '../pace';
import type { PlanRequest } from '../request';
import type { RouteDay } from '../route-day';

/** Travel and waiting per visit, on top of its own time, when reckoning how many days places fill. */
const OVERHEAD_PER_VISIT_MINUTES = 25;
/**
 * Pass days wanted when the pass places fill more than one day: the 3-day pass over three days takes
 * in the great temples. The longest option's days are planned only when the places without the pass
 * leave at least that many days of the stay empty; otherwise the extra days would go to lesser
 * temples while the stay's other days stay idle.
 */
const USUAL_PASS_DAYS = 3;

/** Per pass id, the indices of the routes (days) on which its places may be visited. */
export function passDays(destination: Destination, routes: readonly RouteDay[], places: readonly Place[], request: PlanRequest): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const pass of destination.passes) {
    const withPass = places.filter((p) => usesPass(p, pass));
    if (withPass.length === 0 || routes.length === 0) continue;
    const pinned = new Set(request.pinned.filter((pin) => withPass.some((p) => p.id === pin.placeId)).map((pin) => pin.day));
    const forced = routes.flatMap((r, i) => (pinned.has(r.day.dayNumber) ? [i] : []));
    const wanted = Math.max(forced.length, daysWanted(routes, withPass, places.filter((p) => !usesPass(p, pass)), pass, request));
    out.set(pass.id, bestDays(routes, forced, wanted, cheapestFor(pass, wanted)));
  }
  return out;
}

function usesPass(place: Place, pass: Pass): boolean {
  return place.fee.kind === 'pass' && place.fee.passId === pass.id;
}

/** How many days the pass places should get: one if they fit in a day, usually three, up to seven on a long stay. */
function daysWanted(routes: readonly RouteDay[], withPass: readonly Place[], without: readonly Place[], pass: Pass, request: PlanRequest): number {
  const pace = PACE[request.pace];
  const longestWindow = Math.max(...routes.map((r) => r.window.end - r.window.start));
  const fullDay = Math.max(longestWindow - pace.lunchMinutes - pace.dinnerMinutes, 60);
  const daysOf = (list: readonly Place[]) => Math.ceil(list.reduce((sum, p) => sum + p.visitMinutes + pace.bufferMinutes + OVERHEAD_PER_VISIT_MINUTES, 0) / fullDay);
  const passDemand = daysOf(withPass);
  const days = new Set(routes.map((r) => r.day.date)).size;
  if (passDemand <= 1 || days === 1) return 1;
  const longest = Math.max(...pass.options.map((o) => o.days));
  const spare = days - daysOf(without);
  return Math.min(days, spare >= longest ? longest : Math.min(passDemand, USUAL_PASS_DAYS));
}

/** The cheapest option with at least `count` entry days (the longest one if none has enough). */
export function cheapestFor(pass: Pass, count: number): Pass['options'][number] {
  const fitting = pass.options.filter((o) => o.days >= count).sort((a, b) => a.price.amount - b.price.amount);
  return (fitting[0] ?? [...pass.options].sort((a, b) => b.days - a.days)[0]) as Pass['options'][number];
}

/**
 * `count` dates within the option's validity, the forced ones included, preferring the longest
 * windows (full days rather than the arrival afternoon) and, between equals, the earliest. Every route
 * on a chosen date is returned.
 */
function bestDays(routes: readonly RouteDay[], forced: readonly number[], count: number, option: Pass['options'][number]): Set<number> {
  const length = (i: number) => {
    const w = (routes[i] as RouteDay).window;
    return w.end - w.start;
  };
  const dateOf = (i: number) => (routes[i] as RouteDay).day.date;
  const order = routes.map((_, i) => i).sort((a, b) => length(b) - length(a) || a - b);
  let best: { dates: Set<string>; score: number } | undefined;
  for (const first of [...new Set(routes.map((r) => r.day.date))].sort()) {
    const inWindow = (i: number) => dateOf(i) >= first && daysBetween(first, dateOf(i)) < option.validForDays;
    if (!forced.every(inWindow)) continue;
    const dates = new Set(forced.map(dateOf));
    for (const i of order) if (dates.size < count && inWindow(i)) dates.add(dateOf(i));
    const score = routes.reduce((sum, _, i) => sum + (dates.has(dateOf(i)) ? length(i) : 0), 0);
    if (!best || score > best.score) best = { dates, score };
  }
  // Pins too far apart for one option: their days, and the pass that covers them is costed as is.
  const dates = best?.dates ?? new Set(forced.map(dateOf));
  return new Set(routes.flatMap((_, i) => (dates.has(dateOf(i)) ? [i] : [])));
}

/**
 * Fills the days spent in one destination: a TOPTW whose routes are those days (from where the
 * traveller slept to where they sleep next: the same stay area, or the next one on a change of
 * hotel), whose nodes are the destination's places with that date's opening hours, plus lunch and
 * dinner. Solved in two passes: the first places meals with no travel cost, the second anchors each
 * meal at the stop before it (eat near where you are) and re-solves from the first answer.
 */
import type { Destination, Place, StayArea } from '@/lib/data/schema';
import { openIntervals } from '@/lib/data/opening-hours';
import { sunTimes } from '@/lib/geo/sun';
import { addDays, clockToMinutes } from '@/lib/time/local-time';
import { haversineKm, type LatLon } from '@/lib/geo/distance';
import { checkToptwSolution, solveToptw, type TimeWindow, type ToptwFixedVisit, type ToptwNode, type ToptwProblem } from '@/lib/toptw';
import { DINNER_WINDOW, LUNCH_WINDOW, PACE, SUNRISE_LEAD_MINUTES, SUNSET_TAIL_MINUTES } from './pace';
import { MUST_SEE_BONUS, placeValue } from './place-value';
import type { PlanRequest } from './request';
import { localLeg, type LocalLeg } from './local-travel';
import type { FrameDay } from './trip-frame';

/** Search effort per solve: fixed iterations (not time) keep the planner deterministic. */
const ITERATIONS = 300;
/**
 * On the day the hotel changes, a stop may lengthen the way from the old stay area to the new one by
 * this much, or by half the way if that is more: the day is spent on the way, not on the far side.
 */
const CHANGE_DAY_DETOUR_KM = 10;
/** Beyond this ride home, the day's last meal moves from its last stop to near the stay. */
const FAR_FROM_STAY_MINUTES = 20;

export type MealKind = 'lunch' | 'dinner';

export type Stop =
  | { kind: 'place'; place: Place; start: number; end: number; value: number }
  | { kind: 'meal'; meal: MealKind; near: Place | StayArea; start: number; end: number };

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

export interface DestinationPlan {
  days: PlannedDay[];
  /** Must-see or pinned places that could not be fitted, with the reason. */
  missed: { place: Place; reason: 'closed' | 'no_time' }[];
  score: number;
}

interface MealNode {
  kind: MealKind;
  route: number;
  window: TimeWindow;
  minutes: number;
}

function clampWindows(intervals: readonly (readonly [number, number])[], visit: number, from: number, to: number): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (const [s, e] of intervals) {
    const open = Math.max(s, from);
    const close = Math.min(e - visit, to);
    if (close >= open) out.push({ open, close });
  }
  return out;
}

/** Windows a place's visit may start in on a day, honouring its best time of day when possible. */
function placeWindows(
  place: Place,
  destination: Destination,
  day: FrameDay,
  dayWindow: { start: number; end: number },
  normalStart: number,
  fromStay: number,
  keepPreference: boolean,
  eveningEnd: number | undefined,
): { windows: TimeWindow[]; early: boolean; late: boolean } {
  const intervals = openIntervals(place.openingHours, destination.country, day.date, destination.timezone, { lat: place.lat, lon: place.lon });
  // Ordinary visits start no earlier than one could get there from the stay after the day begins,
  // even on a day whose route starts early for a sunrise elsewhere.
  const window = { start: dayWindow.start + fromStay, end: dayWindow.end };
  const normal = clampWindows(intervals, place.visitMinutes, window.start, window.end - place.visitMinutes);
  const sun = place.bestTime === 'sunrise' || place.bestTime === 'sunset' ? sunTimes(day.date, place, destination.timezone) : undefined;
  let preferred: TimeWindow[] = [];
  // Sunrise only on a day that starts normally, not one that begins with an arrival or a move.
  // A traveller's own order outranks the best time of day.
  const bestTime = !keepPreference || (place.bestTime === 'sunrise' && dayWindow.start > normalStart) ? undefined : place.bestTime;
  switch (bestTime) {
    case 'sunrise': {
      const open = (sun as { sunrise: number }).sunrise - SUNRISE_LEAD_MINUTES;
      // Sunrise comes before the normal day: this is the one visit allowed to start early.
      return { windows: clampWindows(intervals, place.visitMinutes, open, open + 20), early: true, late: false };
    }
    case 'sunset': {
      const close = (sun as { sunset: number }).sunset + SUNSET_TAIL_MINUTES - place.visitMinutes;
      preferred = clampWindows(intervals, place.visitMinutes, Math.max(window.start, close - 30), Math.min(close, window.end - place.visitMinutes));
      break;
    }
    case 'evening':
    case 'night': {
      // An evening outing may run past the day's usual end (the one visit allowed to), when the day has one.
      const end = Math.max(window.end, eveningEnd ?? window.end);
      preferred = clampWindows(intervals, place.visitMinutes, Math.max(window.start, (bestTime === 'evening' ? 17 : 19) * 60), end - place.visitMinutes);
      const late = preferred.some((w) => w.close + place.visitMinutes > window.end);
      if (preferred.length > 0) return { windows: preferred, early: false, late };
      break;
    }
    case 'morning':
      preferred = clampWindows(intervals, place.visitMinutes, window.start, Math.min(11 * 60, window.end - place.visitMinutes));
      break;
    case 'afternoon':
      preferred = clampWindows(intervals, place.visitMinutes, Math.max(window.start, 12 * 60), window.end - place.visitMinutes);
      break;
    default:
      break;
  }
  return { windows: preferred.length > 0 ? preferred : normal, early: false, late: false };
}

/** Plans every day of `days` (all in `destination`, each with a sightseeing window). */
export function planDestination(destination: Destination, days: readonly FrameDay[], request: PlanRequest): DestinationPlan {
  const pace = PACE[request.pace];
  const people = request.travellers.adults + request.travellers.children;
  const avoided = new Set(request.avoid);
  const mustSee = new Set(request.mustSee);
  const pins = request.pinned.filter((pin) => destination.places.some((p) => p.id === pin.placeId));
  const pinnedIds = new Set(pins.map((pin) => pin.placeId));
  const orderedIds = new Set(pins.filter((pin) => pin.order !== undefined).map((pin) => pin.placeId));
  const routesDays = days.filter((d) => d.window);
  // Each day runs from last night's stay area (today's own on the day of arrival) to tonight's.
  const areaOn = new Map(days.map((d) => [d.date, d.stayArea]));
  const startArea = routesDays.map((d) => (areaOn.get(addDays(d.date, -1)) ?? d.stayArea ?? destination.stayAreas[0]) as StayArea);
  const endArea = routesDays.map((d, k) => (d.stayArea ?? startArea[k]) as StayArea);
  const stays: StayArea[] = [...new Set([...startArea, ...endArea])];
  /** Nodes 0..S-1 are the stay areas; then the places; then the meals. */
  const S = stays.length;
  const startNode = startArea.map((a) => stays.indexOf(a));
  const endNode = endArea.map((a) => stays.indexOf(a));
  const isPlaceNode = (node: number) => node >= S && node < firstMeal;

  const places = destination.places.filter((p) => !avoided.has(p.id));
  const missed: DestinationPlan['missed'] = [];
  if (routesDays.length === 0) {
    // Every day here is taken by travel: nothing to plan, and every must-see is out of time.
    for (const place of places) if (mustSee.has(place.id) || pinnedIds.has(place.id)) missed.push({ place, reason: 'no_time' });
    return { days: [], missed, score: 0 };
  }

  const nodes: ToptwNode[] = stays.map(() => ({ score: 0, serviceTime: 0, windows: [] }));
  const locations: LatLon[] = [...stays];
  const values: number[] = stays.map(() => 0);
  const earlyStart = routesDays.map((d) => (d.window as { start: number }).start);
  const normalStart = request.dayStart ? clockToMinutes(request.dayStart) : pace.dayStart;
  /** Per day, the nodes whose visit there would be a sunrise outing (the reason a day may start early). */
  const earlyNodes = routesDays.map(() => new Set<number>());
  // Likewise an evening outing may end a day late, unless the day is cut short (a departure) or the
  // traveller set their own end of day.
  const eveningEnd = routesDays.map((d) => (!request.dayEnd && (d.window as { end: number }).end >= pace.dayEnd ? pace.eveningEnd : undefined));
  const lateNodes = routesDays.map(() => new Set<number>());
  const offTheWay = (k: number, place: Place) => {
    const from = startArea[k] as StayArea;
    const to = endArea[k] as StayArea;
    if (from === to || pinnedIds.has(place.id) || mustSee.has(place.id)) return false;
    const direct = haversineKm(from, to);
    return haversineKm(from, place) + haversineKm(place, to) - direct > Math.max(CHANGE_DAY_DETOUR_KM, direct / 2);
  };
  for (const place of places) {
    const windowsByRoute = routesDays.map((day, k) => {
      if (offTheWay(k, place)) return [];
      const fromStay = localLeg(destination, startArea[k] as StayArea, place, request.budget, people).minutes;
      const { windows, early, late } = placeWindows(place, destination, day, day.window as { start: number; end: number }, normalStart, fromStay, !orderedIds.has(place.id), eveningEnd[k]);
      if (early && windows.length > 0) {
        earlyStart[k] = Math.min(earlyStart[k] as number, (windows[0] as TimeWindow).open - fromStay);
        earlyNodes[k]?.add(nodes.length);
      }
      if (late) lateNodes[k]?.add(nodes.length);
      return windows;
    });
    const value = placeValue(place, request.interests) + (mustSee.has(place.id) || pinnedIds.has(place.id) ? MUST_SEE_BONUS : 0);
    nodes.push({ score: value, serviceTime: place.visitMinutes + pace.bufferMinutes, windows: [], windowsByRoute });
    locations.push(place);
    values.push(value);
  }

  const meals: MealNode[] = [];
  routesDays.forEach((day, route) => {
    const w = day.window as { start: number; end: number };
    for (const [kind, usual, minutes] of [['lunch', LUNCH_WINDOW, pace.lunchMinutes], ['dinner', DINNER_WINDOW, pace.dinnerMinutes]] as const) {
      // The part of the usual meal time that the day covers, if a whole meal fits in it.
      const window = { open: Math.max(usual.open, w.start), close: Math.min(usual.close, w.end - minutes) };
      if (window.close >= window.open) meals.push({ kind, route, window, minutes });
    }
  });
  const firstMeal = nodes.length;
  for (const meal of meals) {
    // Meals are mandatory; a score above any must-see also makes the search itself put them first.
    nodes.push({ score: 2 * MUST_SEE_BONUS, serviceTime: meal.minutes, windows: [], windowsByRoute: routesDays.map((_, k) => (k === meal.route ? [meal.window] : [])) });
    locations.push(startArea[meal.route] as StayArea);
    values.push(0);
  }

  const placeIndex = (id: string) => {
    const index = places.findIndex((p) => p.id === id);
    return index < 0 ? -1 : index + S;
  };
  const fixed: ToptwFixedVisit[] = meals.map((meal, i) => ({ node: firstMeal + i, route: meal.route }));
  const orderedPins: { node: number; route: number; order: number }[] = [];
  for (const pin of pins) {
    const route = routesDays.findIndex((d) => d.dayNumber === pin.day);
    const node = placeIndex(pin.placeId);
    if (route < 0 || node < 0) continue;
    fixed.push(pin.start ? { node, route, startTime: clockToMinutes(pin.start) } : { node, route });
    if (pin.order !== undefined) orderedPins.push({ node, route, order: pin.order });
  }
  const mandatory = [...mustSee].map(placeIndex).filter((i) => i >= 0 && !pins.some((pin) => placeIndex(pin.placeId) === i));

  // Base travel minutes between real locations; meals borrow their anchor's row and column.
  const n = nodes.length;
  const legs: LocalLeg[][] = locations.map((a) => locations.map((b) => localLeg(destination, a, b, request.budget, people)));
  const anchor = Int32Array.from({ length: n }, (_, i) => i);
  const matrixFor = (mealsFree: boolean): Float64Array => {
    const matrix = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const a = anchor[i] as number;
        const b = anchor[j] as number;
        const free = i === j || a === b || (mealsFree && (i >= firstMeal || j >= firstMeal));
        matrix[i * n + j] = free ? 0 : (legs[a]?.[b] as LocalLeg).minutes;
      }
    }
    return matrix;
  };

  // Each pass gets its own problem object: the engine compiles a problem once, so its matrix must not change under it.
  // A pin is the traveller's decision: its day stretches to fit it (and the way back) if need be.
  const routeEnd = routesDays.map((day) => (day.window as { end: number }).end);
  for (const pin of fixed) {
    if (pin.startTime === undefined || pin.route === undefined) continue;
    const back = (legs[pin.node]?.[endNode[pin.route] as number] as LocalLeg).minutes;
    routeEnd[pin.route] = Math.max(routeEnd[pin.route] as number, pin.startTime + (nodes[pin.node] as ToptwNode).serviceTime + back);
  }
  const base = {
    nodes,
    routes: routesDays.map((_, k) => ({ start: startNode[k] as number, end: endNode[k] as number, startTime: earlyStart[k] as number, endTime: routeEnd[k] as number })),
    mandatory,
    fixed,
  };
  const seed = 1 + destination.slug.length * 7919 + routesDays.length;
  const first = solveToptw({ ...base, travelTime: matrixFor(true) }, { seed, timeMs: Infinity, maxIterations: ITERATIONS });
  // Eat near where you are; but a dinner that ends the day far from tonight's stay (a temple in the
  // forest) is eaten near the stay instead, where the restaurants are and the ride home is short.
  first.routes.forEach((route, k) => {
    let previous = route.nodes[0] as number;
    route.nodes.forEach((node, at) => {
      if (node < firstMeal) previous = node;
      else {
        const end = endNode[k] as number;
        const endsDay = route.nodes[at + 1] === end && at + 1 === route.nodes.length - 1;
        anchor[node] = endsDay && (legs[previous]?.[end] as LocalLeg).minutes > FAR_FROM_STAY_MINUTES ? end : previous;
      }
    });
  });
  const problem: ToptwProblem = { ...base, travelTime: matrixFor(false) };
  const second = solveToptw(problem, { seed, timeMs: Infinity, maxIterations: ITERATIONS, initialRoutes: first.routes.map((r) => r.nodes) });

  // Finish each day: cap its visits at the pace's maximum, and start it at its normal time unless it
  // keeps a sunrise outing; while a day then does not fit, drop its least valuable optional visit.
  const optional = (node: number) => isPlaceNode(node) && !mandatory.includes(node) && !fixed.some((f) => f.node === node);
  const byValue = (a: number, b: number) => (values[a] as number) - (values[b] as number);
  let sequences = second.routes.map((route) => {
    const visits = route.nodes.filter(isPlaceNode);
    const removable = visits.filter(optional).sort(byValue);
    const drop = new Set(removable.slice(0, Math.max(0, visits.length - pace.maxVisits)));
    return route.nodes.filter((node) => !drop.has(node));
  });
  const timed: ToptwProblem = {
    ...problem,
    routes: problem.routes.map((route, k) => (sequences[k]?.some((node) => earlyNodes[k]?.has(node)) ? route : { ...route, startTime: (routesDays[k]?.window as { start: number }).start })),
  };
  // Pins of a day that carry an order are visited in that order (the engine has no precedence rules).
  const returnTime = (k: number, sequence: number[]): number | undefined => {
    const trial = sequences.slice();
    trial[k] = sequence;
    const visits = checkToptwSolution(timed, trial).routes[k] ?? [];
    const last = visits[visits.length - 1];
    const fitsDay = visits.length === sequence.length && last !== undefined && last.arrival <= (timed.routes[k] as { endTime: number }).endTime + 1e-6;
    return fitsDay ? (last as { arrival: number }).arrival : undefined;
  };
  sequences = sequences.map((sequence, k) => {
    const ordered = orderedPins
      .filter((pin) => pin.route === k)
      .sort((a, b) => a.order - b.order)
      .map((pin) => pin.node);
    return ordered.length < 2 ? sequence : putInOrder(sequence, ordered, (candidate) => returnTime(k, candidate), optional, byValue);
  });

  let schedule = checkToptwSolution(timed, sequences).routes;
  const fits = (k: number) => {
    const visits = schedule[k] ?? [];
    const last = visits[visits.length - 1];
    return visits.length === (sequences[k]?.length ?? 0) && last !== undefined && last.arrival <= (timed.routes[k] as { endTime: number }).endTime + 1e-6;
  };
  for (let guard = 0; guard < 100 && !sequences.every((_, k) => fits(k)); guard++) {
    sequences = sequences.map((sequence, k) => {
      if (fits(k)) return sequence;
      const victim = sequence.filter(optional).sort(byValue)[0];
      return victim === undefined ? sequence : sequence.filter((node) => node !== victim);
    });
    schedule = checkToptwSolution(timed, sequences).routes;
  }
  if (!sequences.every((_, k) => fits(k))) schedule = checkToptwSolution(problem, second.routes.map((r) => r.nodes)).routes;
  else {
    // Evening outings (a show, a night market) are what staying out late is for: a day with room after
    // its last stop takes the most valuable one still unvisited, and may then end as late as the pace
    // allows for one. Days are otherwise as planned, so every other visit keeps to the usual end.
    const visited = new Set(sequences.flat());
    // One problem for all the trials (the engine compiles each problem object once).
    const late: ToptwProblem = { ...timed, routes: timed.routes.map((route, k) => ({ ...route, endTime: Math.max(route.endTime, eveningEnd[k] ?? route.endTime) })) };
    for (let k = 0; k < sequences.length; k++) {
      const sequence = sequences[k] as number[];
      const candidates = [...(lateNodes[k] ?? [])].filter((node) => !visited.has(node)).sort((a, b) => byValue(b, a));
      if (eveningEnd[k] === undefined || candidates.length === 0 || sequence.filter(isPlaceNode).length >= pace.maxVisits) continue;
      const fitsLate = (trial: number[]) => {
        const visits = checkToptwSolution(late, sequences.map((q, r) => (r === k ? trial : q))).routes[k] ?? [];
        const last = visits[visits.length - 1];
        return visits.length === trial.length && last !== undefined && last.arrival <= (late.routes[k] as { endTime: number }).endTime + 1e-6;
      };
      // Between the start and end nodes, latest position first; the first candidate that fits wins.
      let chosen: { node: number; trial: number[] } | undefined;
      for (const node of candidates) {
        for (let at = sequence.length - 1; at >= 1 && !chosen; at--) {
          const trial = [...sequence.slice(0, at), node, ...sequence.slice(at)];
          if (fitsLate(trial)) chosen = { node, trial };
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      sequences[k] = chosen.trial;
      visited.add(chosen.node);
      schedule[k] = checkToptwSolution(late, sequences).routes[k] ?? [];
    }
  }

  for (const node of second.missingMandatory) {
    if (node >= firstMeal) continue;
    const place = places[node - S] as Place;
    const everOpen = (nodes[node]?.windowsByRoute ?? []).some((w) => (w?.length ?? 0) > 0);
    missed.push({ place, reason: everOpen ? 'no_time' : 'closed' });
  }

  const plannedDays: PlannedDay[] = routesDays.map((day, k) => {
    const visits = schedule[k] ?? [];
    const stops: Stop[] = [];
    for (const visit of visits) {
      if (visit.node < S) continue;
      if (visit.node >= firstMeal) {
        const meal = meals[visit.node - firstMeal] as MealNode;
        const anchorNode = anchor[visit.node] as number;
        stops.push({ kind: 'meal', meal: meal.kind, near: anchorNode < S ? (stays[anchorNode] as StayArea) : (places[anchorNode - S] as Place), start: visit.start, end: visit.start + meal.minutes });
      } else {
        const place = places[visit.node - S] as Place;
        stops.push({ kind: 'place', place, start: visit.start, end: visit.start + place.visitMinutes, value: values[visit.node] as number });
      }
    }
    const lastVisit = visits[visits.length - 1];
    const firstVisit = visits[0];
    return { day, stops, startStay: startArea[k] as StayArea, endStay: endArea[k] as StayArea, leaveStay: firstVisit?.end ?? (day.window as { start: number }).start, returnStay: lastVisit?.arrival ?? (day.window as { end: number }).end };
  });

  const score = plannedDays.reduce((sum, d) => sum + d.stops.reduce((s, stop) => s + (stop.kind === 'place' ? stop.value : 0), 0), 0);
  return { days: plannedDays, missed, score };
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

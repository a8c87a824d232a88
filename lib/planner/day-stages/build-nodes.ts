/**
 * First stage of planDestination: the TOPTW nodes (stay areas, then places with each day's windows,
 * then meals), the travel legs between them, and what the traveller fixed (pins, must-sees).
 */
import type { Destination, Place, StayArea } from '@/lib/data/schema';
import { haversineKm, type LatLon } from '@/lib/geo/distance';
import type { TimeWindow, ToptwFixedVisit, ToptwNode } from '@/lib/toptw';
import { clockToMinutes } from '@/lib/time/local-time';
import { localLeg, type LocalLeg } from '../local-travel';
import { BREAKFAST_AFTER_SUNRISE_MINUTES, BREAKFAST_OPEN, DINNER_WINDOW, LUNCH_WINDOW, PACE } from '../pace';
import { dayEndsFor, REST_MINUTES, REST_WINDOW, restsAtMidday } from '../party';
import { placeWindows, type PlaceWindows } from '../place-windows';
import { MUST_SEE_BONUS, placeValue } from '../place-value';
import type { MealKind } from '../plan-destination';
import type { PlanRequest } from '../request';
import type { RouteDay } from '../route-day';
import { passDays } from './pass-days';
import { plannedVisitMinutes } from '../sun-visit';
import { isWanted, type TravellerWishes } from './traveller-wishes';

/**
 * On the day the hotel changes, a stop may lengthen the way from the old stay area to the new one by
 * this much, or by half the way if that is more: the day is spent on the way, not on the far side.
 */
const CHANGE_DAY_DETOUR_KM = 10;

/** A meal to fit into one route, or a family's midday rest (placed the same way, at the stay or near where they are). */
export interface MealNode {
  kind: MealKind | 'rest';
  route: number;
  window: TimeWindow;
  minutes: number;
}

/** The nodes of a destination's TOPTW problem and what is known about each. */
export interface DestinationNodes {
  nodes: ToptwNode[];
  /** Nodes 0..stays.length-1, then the places, then the meals from `firstMeal`. */
  stays: StayArea[];
  places: Place[];
  meals: MealNode[];
  firstMeal: number;
  /** Each node's value to the traveller (0 for stays and meals). */
  values: number[];
  /** Base travel between every two nodes' locations (a meal is located at its route's start stay). */
  legs: LocalLeg[][];
  fixed: ToptwFixedVisit[];
  mandatory: number[];
  orderedPins: { node: number; route: number; order: number }[];
  isPlace: (node: number) => boolean;
  /** A place the plan may drop: neither a must-see nor pinned. */
  isOptional: (node: number) => boolean;
  /** Sorts nodes by ascending value. */
  byValue: (a: number, b: number) => number;
}

/** Time to reach breakfast after the longest sunrise outing of a day (it is eaten near the viewpoint). */
const BREAKFAST_AFTER_LONG_OUTING_MINUTES = 20;

/** When a sunrise outing at `node` ends at the latest on route `k`: its last start plus its length. */
function sunriseOutingEnd(node: ToptwNode, k: number): number {
  const windows = node.windowsByRoute?.[k] ?? node.windows;
  return Math.max(...windows.map((w) => w.close)) + node.serviceTime;
}

/**
 * Builds the nodes. Returns the routes with what the nodes imply for them: sunrise and evening
 * candidates, an early start for a sunrise outing, a later end for a pin at a set time.
 * `wholeStay` is false for a local re-plan, whose routes are only some of the stay's days.
 */
export function buildNodes(
  destination: Destination,
  routeDays: readonly RouteDay[],
  stays: readonly StayArea[],
  request: PlanRequest,
  wishes: TravellerWishes,
  wholeStay = true,
): { graph: DestinationNodes; routeDays: RouteDay[] } {
  const pace = PACE[request.pace];
  const people = request.travellers.adults + request.travellers.children;
  const { places, pins, orderedIds } = wishes;
  const routes = routeDays.map((route) => ({ ...route, sunriseNodes: new Set<number>(), eveningNodes: new Set<number>() }));
  const S = stays.length;
  const nodes: ToptwNode[] = stays.map(() => ({ score: 0, serviceTime: 0, windows: [] }));
  const locations: LatLon[] = [...stays];
  const values: number[] = stays.map(() => 0);
  const normalStart = request.dayStart ? clockToMinutes(request.dayStart) : pace.dayStart;
  const normalEnd = request.dayEnd ? clockToMinutes(request.dayEnd) : dayEndsFor(request).dayEnd;
  // A sunrise start only on a day that starts normally (not one that begins with an arrival or a
  // move) and ends normally (not a departure: no 05:00 start before a flight), unless the traveller
  // pinned the sunrise place to that day.
  const sunriseDay = (route: RouteDay, place: Place) =>
    (!route.sunriseBarred && route.window.start <= normalStart && route.window.end >= normalEnd) || pins.some((pin) => pin.placeId === place.id && pin.day === route.day.dayNumber);
  const offTheWay = (route: RouteDay, place: Place) => {
    const from = route.startStay;
    const to = route.endStay;
    if (from === to || isWanted(wishes, place.id)) return false;
    const direct = haversineKm(from, to);
    return haversineKm(from, place) + haversineKm(place, to) - direct > Math.max(CHANGE_DAY_DETOUR_KM, direct / 2);
  };
  const passRoutes = passDays(destination, routes, places, request);
  for (const place of places) {
    const onPassDays = place.fee.kind === 'pass' ? passRoutes.get(place.fee.passId) : undefined;
    // A restaurant, café or food street is where a meal is eaten (meal-places.ts), not a sight to
    // visit besides: a visit to one would be a second meal beside lunch or dinner. Only one the
    // traveller asks for is visited as such.
    const mealOnly = place.category === 'food' && !isWanted(wishes, place.id);
    const found: PlaceWindows[] = routes.map((route, k) => {
      if (mealOnly || offTheWay(route, place) || (onPassDays && !onPassDays.has(k))) return { windows: [], early: false, late: false };
      const fromStay = localLeg(destination, route.startStay, place, request.budget, people).minutes;
      const allowance = { keepPreference: !orderedIds.has(place.id), sunriseAllowed: sunriseDay(route, place), eveningEnd: route.eveningEnd };
      return placeWindows(place, destination, route.day, route.window, fromStay, allowance);
    });
    // A sunrise or sunset place waits for a day that allows its sun time; when no day of the stay
    // allows it (a short stay of arrival and departure days) it is visited at an ordinary time, without
    // the claim, rather than not at all: a guide would still show Angkor Wat in the afternoon. A local
    // re-plan sees only some days, so there only a place the traveller asked for gets that fallback.
    const withoutSunDay = (wholeStay || isWanted(wishes, place.id)) && found.every((f) => f.windows.length === 0);
    const windowsByRoute = found.map((f, k) => {
      const route = routes[k] as RouteDay;
      if (f.early && f.windows.length > 0) {
        const fromStay = localLeg(destination, route.startStay, place, request.budget, people).minutes;
        route.startTime = Math.min(route.startTime, (f.windows[0] as TimeWindow).open - fromStay);
        route.sunriseNodes.add(nodes.length);
      }
      if (f.late) route.eveningNodes.add(nodes.length);
      return withoutSunDay && f.withheld ? f.withheld : f.windows;
    });
    const value = placeValue(place, request.interests) + (isWanted(wishes, place.id) ? MUST_SEE_BONUS : 0);
    nodes.push({ score: value, serviceTime: plannedVisitMinutes(place) + pace.bufferMinutes, windows: [], windowsByRoute });
    locations.push(place);
    values.push(value);
  }

  const meals: MealNode[] = [];
  routes.forEach((route, k) => {
    const w = route.window;
    // Breakfast on a morning spent here (not one that begins with an arrival or a move: that
    // breakfast is eaten before the journey), at the stay before setting out. A day that may go out
    // for the sunrise has it afterwards instead, within an hour of the usual start.
    if (w.start <= normalStart) {
      const atStay = Math.max(BREAKFAST_OPEN, w.start - pace.breakfastMinutes);
      route.usualStart = atStay;
      route.startTime = Math.min(route.startTime, atStay);
      const sunrise = route.sunriseNodes.size > 0;
      // After the longest sunrise outing (Angkor Wat: three hours from before dawn) there must still
      // be time for it, or breakfast would crowd the outing out of the day.
      const outingsEnd = Math.max(...[...route.sunriseNodes].map((node) => sunriseOutingEnd(nodes[node] as ToptwNode, k)));
      const window = sunrise ? { open: BREAKFAST_OPEN, close: Math.max(w.start + BREAKFAST_AFTER_SUNRISE_MINUTES, outingsEnd + BREAKFAST_AFTER_LONG_OUTING_MINUTES) } : { open: atStay, close: atStay };
      meals.push({ kind: 'breakfast', route: k, window, minutes: pace.breakfastMinutes });
    }
    for (const [kind, usual, minutes] of [['lunch', LUNCH_WINDOW, pace.lunchMinutes], ['dinner', DINNER_WINDOW, pace.dinnerMinutes]] as const) {
      // The part of the usual meal time that the day covers, if a whole meal fits in it.
      const window = { open: Math.max(usual.open, w.start), close: Math.min(usual.close, w.end - minutes) };
      if (window.close >= window.open) meals.push({ kind, route: k, window, minutes });
    }
    if (restsAtMidday(request, destination.country, route.day.date)) {
      const window = { open: Math.max(REST_WINDOW.open, w.start), close: Math.min(REST_WINDOW.close, w.end - REST_MINUTES) };
      if (window.close >= window.open) meals.push({ kind: 'rest', route: k, window, minutes: REST_MINUTES });
    }
  });
  const firstMeal = nodes.length;
  for (const meal of meals) {
    // Meals are mandatory; a score above any must-see also makes the search itself put them first.
    nodes.push({ score: 2 * MUST_SEE_BONUS, serviceTime: meal.minutes, windows: [], windowsByRoute: routes.map((_, k) => (k === meal.route ? [meal.window] : [])) });
    locations.push((routes[meal.route] as RouteDay).startStay);
    values.push(0);
  }

  const placeIndex = (id: string) => {
    const index = places.findIndex((p) => p.id === id);
    return index < 0 ? -1 : index + S;
  };
  const fixed: ToptwFixedVisit[] = meals.map((meal, i) => ({ node: firstMeal + i, route: meal.route }));
  const orderedPins: DestinationNodes['orderedPins'] = [];
  for (const pin of pins) {
    const route = routes.findIndex((r) => r.day.dayNumber === pin.day);
    const node = placeIndex(pin.placeId);
    if (route < 0 || node < 0) continue;
    fixed.push(pin.start ? { node, route, startTime: clockToMinutes(pin.start) } : { node, route });
    if (pin.order !== undefined) orderedPins.push({ node, route, order: pin.order });
  }
  const mandatory = [...wishes.mustSee].map(placeIndex).filter((i) => i >= 0 && !pins.some((pin) => placeIndex(pin.placeId) === i));
  const legs: LocalLeg[][] = locations.map((a) => locations.map((b) => localLeg(destination, a, b, request.budget, people)));

  // A pin is the traveller's decision: its day stretches to fit it (and the way back) if need be.
  for (const pin of fixed) {
    if (pin.startTime === undefined || pin.route === undefined) continue;
    const route = routes[pin.route] as RouteDay;
    const back = (legs[pin.node]?.[route.endNode] as LocalLeg).minutes;
    route.endTime = Math.max(route.endTime, pin.startTime + (nodes[pin.node] as ToptwNode).serviceTime + back);
  }

  const isPlace = (node: number) => node >= S && node < firstMeal;
  const graph: DestinationNodes = {
    nodes,
    stays: [...stays],
    places,
    meals,
    firstMeal,
    values,
    legs,
    fixed,
    mandatory,
    orderedPins,
    isPlace,
    isOptional: (node) => isPlace(node) && !mandatory.includes(node) && !fixed.some((f) => f.node === node),
    byValue: (a, b) => (values[a] as number) - (values[b] as number),
  };
  return { graph, routeDays: routes };
}

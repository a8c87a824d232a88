/**
 * Where each meal of a solved day is eaten, and where a family rests at midday, chosen from the
 * first solve's order of stops. A meal goes to a food place of the data when one is open and near
 * the way from the stop before it to the stop after it; otherwise it is eaten near the stop before.
 * Dinner stays within a short ride of tonight's stay: never beside a temple in the forest.
 */
import type { Destination, Place } from '@/lib/data/schema';
import { openIntervals } from '@/lib/data/opening-hours';
import type { TimeWindow } from '@/lib/toptw';
import type { LocalLeg } from '../local-travel';
import type { RouteDay } from '../route-day';
import type { DestinationNodes, MealNode } from './build-nodes';

/** A food place is near the way if eating there adds at most this much travel. */
export const MEAL_DETOUR_MINUTES = 15;
/** Breakfast and lunch are eaten at most this far from where the party is: near, not on the way to somewhere far. */
export const MEAL_RIDE_MINUTES = 30;
/** Dinner is eaten at most this far (a short ride) from tonight's stay. */
export const DINNER_FROM_STAY_MINUTES = 20;
/** A family rests at the stay when it is at most this far away, otherwise near where they are. */
const REST_RIDE_MINUTES = 45;
/** A sunrise outing ending at most this long before the day's usual start is short: breakfast is back at the stay. */
const LONG_SUNRISE_SLACK_MINUTES = 60;
/** A food place must be open for at least this much of the meal's usual time to be chosen. */
export const OPEN_FOR_MINUTES = 30;

/** Where every meal and rest node is placed. */
export interface MealPlaces {
  /** Per node, the node whose location it takes: itself, or for a meal the stop, stay or food place it is at. */
  anchor: Int32Array;
  /** Meal nodes eaten at their anchor, a food place of the data (the others are eaten near it). */
  atFoodPlace: Set<number>;
  /** Meal nodes whose window narrows to their food place's opening hours. */
  windows: Map<number, TimeWindow>;
}

/**
 * Whether a place serves meals on an ordinary day out: a food place, or one the data says is about
 * food (a market, a food street); not a day trip (an island, a countryside temple), whose food is
 * only for those who spend the day there.
 */
export function servesMeals(place: Place): boolean {
  return (place.category === 'food' || place.interests.includes('food')) && !place.tags.includes('dayTrip');
}

/** Places the meals of routes whose stops are in the order `sequences` (start stay, stops, end stay). */
export function chooseMealPlaces(destination: Destination, graph: DestinationNodes, routeDays: readonly RouteDay[], sequences: readonly (readonly number[])[]): MealPlaces {
  const { nodes, firstMeal, legs, meals, stays, places } = graph;
  const S = stays.length;
  const anchor = Int32Array.from({ length: nodes.length }, (_, i) => i);
  const atFoodPlace = new Set<number>();
  const windows = new Map<number, TimeWindow>();
  const minutes = (a: number, b: number) => (legs[a]?.[b] as LocalLeg).minutes;
  const foodNodes = places.flatMap((place, i) => (servesMeals(place) ? [S + i] : []));
  const used = new Set<number>();

  sequences.forEach((stops, k) => {
    const day = routeDays[k] as RouteDay;
    // The part of a meal's window a food place is open for, if a meal fits in it.
    const openWindow = (node: number, meal: MealNode): TimeWindow | undefined => {
      const place = places[node - S] as Place;
      const intervals = openIntervals(place.openingHours, destination.country, day.day.date, destination.timezone, { lat: place.lat, lon: place.lon });
      for (const [s, e] of intervals) {
        const open = Math.max(s, meal.window.open);
        const close = Math.min(e - meal.minutes, meal.window.close);
        if (close - open >= OPEN_FOR_MINUTES || (close >= open && meal.window.close - meal.window.open < OPEN_FOR_MINUTES)) return { open, close };
      }
      return undefined;
    };
    // The open food place adding least travel between `from` and `to` (the stop itself first, then
    // places not yet eaten at), within the detour allowed and accepted by `fits`.
    const nearestFood = (meal: MealNode, from: number, to: number, fits: (node: number) => boolean) => {
      const direct = minutes(from, to);
      const candidates = foodNodes
        .filter((node) => !stops.includes(node) || node === from)
        .map((node) => ({ node, detour: minutes(from, node) + minutes(node, to) - direct, rank: node === from ? 0 : used.has(node) ? 2 : 1 }))
        .filter((c) => c.detour <= MEAL_DETOUR_MINUTES && fits(c.node))
        .sort((a, b) => a.rank - b.rank || a.detour - b.detour);
      for (const { node } of candidates) {
        const window = openWindow(node, meal);
        if (window) return { node, window };
      }
      return undefined;
    };

    // When a sunrise visit at `node` ends on this day: its earliest start and its length.
    const sunriseOutingEnd = (node: number) => ((nodes[node]?.windowsByRoute?.[k]?.[0]?.open ?? -Infinity) as number) + (nodes[node]?.serviceTime ?? 0);
    // Where the party is before each stop: the last place visited, or where the last meal was eaten.
    let previous = stops[0] as number;
    stops.forEach((node, at) => {
      if (node < firstMeal) {
        previous = node;
        return;
      }
      const meal = meals[node - firstMeal] as MealNode;
      const next = stops.slice(at + 1).find((n) => n < firstMeal) ?? day.endNode;
      let food: { node: number; window: TimeWindow } | undefined;
      let fallback = previous;
      switch (meal.kind) {
        case 'breakfast':
          // At the stay (the hotel's breakfast room) on an ordinary morning. After a sunrise outing
          // that runs into the morning (Angkor Wat's three hours), at a food place on the way or near
          // the viewpoint (stalls open for the sunrise crowd); after a short one, back at the stay if
          // it is near, where the hours until the day's usual start are better spent than at the viewpoint.
          const shortOuting = sunriseOutingEnd(previous) < day.window.start - LONG_SUNRISE_SLACK_MINUTES && minutes(previous, day.startNode) <= REST_RIDE_MINUTES;
          if (day.sunriseNodes.has(previous) && !shortOuting) {
            food = nearestFood(meal, previous, next, (n) => minutes(previous, n) <= MEAL_RIDE_MINUTES);
          } else fallback = day.startNode;
          break;
        case 'lunch':
          food = nearestFood(meal, previous, next, (n) => minutes(previous, n) <= MEAL_RIDE_MINUTES);
          break;
        case 'dinner': {
          const nearStay = (n: number) => minutes(n, day.endNode) <= DINNER_FROM_STAY_MINUTES;
          food = nearestFood(meal, previous, next, nearStay);
          // Near the last stop only if that is in town (a short ride from tonight's stay) and not a
          // temple of a park's pass (the Angkor park is forest at night); else near the evening's
          // outing if it is in town, or near the stay.
          const inTown = (n: number) => nearStay(n) && (n < S || (places[n - S] as Place).fee.kind !== 'pass');
          if (!inTown(previous)) fallback = next !== day.endNode && inTown(next) ? next : day.endNode;
          break;
        }
        case 'rest':
          // Back at the stay for the hottest hours, unless it is far: then a shaded break where they are.
          if (day.startNode === day.endNode && minutes(previous, day.endNode) <= REST_RIDE_MINUTES) fallback = day.endNode;
          break;
      }
      if (food) {
        anchor[node] = food.node;
        atFoodPlace.add(node);
        windows.set(node, food.window);
        used.add(food.node);
      } else anchor[node] = fallback;
      previous = anchor[node] as number;
    });
  });
  return { anchor, atFoodPlace, windows };
}

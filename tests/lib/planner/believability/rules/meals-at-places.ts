/**
 * Every full sightseeing day has breakfast (before every visit but a sunrise outing), lunch and
 * dinner; lunch and dinner are at a food place of the data when one is open, near the way and would
 * fit the same time; and no dinner is more than a short ride from the night's stay.
 */
import { openIntervals } from '@/lib/data/opening-hours';
import type { Destination, Place } from '@/lib/data/schema';
import { DINNER_FROM_STAY_MINUTES, MEAL_DETOUR_MINUTES, MEAL_RIDE_MINUTES, OPEN_FOR_MINUTES, servesMeals } from '@/lib/planner/day-stages/meal-places';
import type { ItineraryDay, ItineraryItem } from '@/lib/planner/itinerary';
import { localLeg } from '@/lib/planner/local-travel';
import { suitsParty } from '@/lib/planner/party';
import type { PlanRequest } from '@/lib/planner/request';
import { localParts } from '../../support';
import { describe, destinationOf, isFullSightseeingDay, mealsOf } from '../day-meals';
import type { BelievabilityRule } from '../rule';

type Point = { lat: number; lon: number };
const located = (item: ItineraryItem | undefined): item is ItineraryItem & Point => item?.lat !== undefined && item.lon !== undefined;
const pointOf = (stay: ItineraryDay['stay'] | undefined): Point | undefined => (stay?.kind === 'area' && stay.lat !== undefined && stay.lon !== undefined ? { lat: stay.lat, lon: stay.lon } : undefined);
/** Items that are somewhere the party stops (rides and journeys are between such places). */
const STOPS = new Set<ItineraryItem['type']>(['visit', 'meal', 'free']);

/** Where the party is before or after a meal, and when it leaves or must be there (undefined: at the stay, no set time). */
interface Around extends Point {
  minutes?: number;
}

/**
 * A food place open for the whole meal and a while after, near the way (the planner's detour allowance) and close
 * enough that the same meal at the same time would fit there without moving anything else.
 */
function missedFoodPlace(meal: ItineraryItem, from: Around, to: Around, day: ItineraryDay, destination: Destination, request: PlanRequest, nearStay: (p: Point) => boolean): Place | undefined {
  const people = request.travellers.adults + request.travellers.children;
  const ride = (a: Point, b: Point) => localLeg(destination, a, b, request.budget, people).minutes;
  const start = localParts(meal.start).minutes;
  const end = localParts(meal.end).minutes;
  const visited = new Set(day.items.map((i) => i.placeId));
  return destination.places.find((place) => {
    if (!servesMeals(place) || visited.has(place.id) || request.avoid.includes(place.id) || !suitsParty(place, request)) return false;
    // Open for the meal with the planner's leeway after it (a place closing as the meal ends is not chosen).
    const open = openIntervals(place.openingHours, destination.country, day.date, destination.timezone, place).some(([s, e]) => s <= start && end + OPEN_FOR_MINUTES <= e);
    const inTime = (from.minutes === undefined || from.minutes + ride(from, place) <= start) && (to.minutes === undefined || end + ride(place, to) <= to.minutes);
    return open && inTime && nearStay(place) && ride(from, place) + ride(place, to) - ride(from, to) <= MEAL_DETOUR_MINUTES;
  });
}

export const mealsAtPlaces: BelievabilityRule = {
  name: 'meals-at-places',
  violations(itinerary, request, catalog) {
    return itinerary.days.flatMap((day) => {
      const destination = destinationOf(day, catalog);
      if (!destination) return [];
      const out: string[] = [];
      if (isFullSightseeingDay(day)) {
        for (const kind of ['breakfast', 'lunch', 'dinner'] as const) if (mealsOf(day, kind).length !== 1) out.push(`day ${day.dayNumber} has ${mealsOf(day, kind).length} ${kind}`);
      }
      // Breakfast comes before every visit but a sunrise outing.
      for (const breakfast of mealsOf(day, 'breakfast')) {
        const early = day.items.find((i) => i.type === 'visit' && i.start < breakfast.start && catalog.places.get(i.placeId ?? '')?.place.bestTime !== 'sunrise');
        if (early) out.push(`${describe(day, breakfast)} after ${early.placeId}`);
      }
      const people = request.travellers.adults + request.travellers.children;
      for (const kind of ['lunch', 'dinner'] as const) {
        for (const meal of mealsOf(day, kind)) {
          const at = day.items.indexOf(meal);
          // Where the party comes from and goes on to: the stops around the meal, or the stays.
          const lastNight = itinerary.days[day.dayNumber - 2]?.stay;
          const stopBefore = day.items.slice(0, at).findLast((i): i is ItineraryItem & Point => located(i) && STOPS.has(i.type));
          const stopAfter = day.items.slice(at + 1).find((i): i is ItineraryItem & Point => located(i) && STOPS.has(i.type));
          const before: Around | undefined = stopBefore ? { lat: stopBefore.lat, lon: stopBefore.lon, minutes: localParts(stopBefore.end).minutes } : pointOf(lastNight);
          // The last meal of the day is followed by the ride home: back no later than the plan is.
          const home = pointOf(day.stay);
          const lastItem = day.items[day.items.length - 1];
          const backBy = lastItem && localParts(lastItem.end).date === day.date ? localParts(lastItem.end).minutes : undefined;
          const after: Around | undefined = stopAfter ? { lat: stopAfter.lat, lon: stopAfter.lon, minutes: localParts(stopAfter.start).minutes } : home && { ...home, minutes: backBy };
          const stay = pointOf(day.stay);
          const fromStay = (p: Point) => (stay ? localLeg(destination, p, stay, request.budget, people).minutes : 0);
          // Dinner's alternatives are within a short ride of the stay, as dinner itself must be;
          // lunch's within a short ride of where the party is.
          const nearStay = (p: Point) => (kind === 'dinner' ? fromStay(p) <= DINNER_FROM_STAY_MINUTES : !before || localLeg(destination, before, p, request.budget, people).minutes <= MEAL_RIDE_MINUTES);
          if (meal.title.code.endsWith('Near') && before && after) {
            const missed = missedFoodPlace(meal, before, after, day, destination, request, nearStay);
            if (missed) out.push(`${describe(day, meal)} passes ${missed.id}`);
          }
          if (kind === 'dinner' && located(meal) && fromStay(meal) > DINNER_FROM_STAY_MINUTES) out.push(`${describe(day, meal)} is ${fromStay(meal)} min from the stay`);
        }
      }
      return out;
    });
  },
};

/** What the meal and rest rules share: which days are full sightseeing days, and each day's meals by kind. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Destination } from '@/lib/data/schema';
import type { ItineraryDay, ItineraryItem } from '@/lib/planner/itinerary';

/** A day spent sightseeing in one destination from morning to night: visits, and no flight, airport transfer or intercity leg. */
export function isFullSightseeingDay(day: ItineraryDay): boolean {
  return day.destination !== null && day.items.some((i) => i.type === 'visit') && !day.items.some((i) => i.type === 'flight' || i.type === 'transfer' || i.fromHub !== undefined);
}

export function destinationOf(day: ItineraryDay, catalog: Catalog): Destination | undefined {
  return day.destination === null ? undefined : catalog.destinationsBySlug.get(day.destination);
}

const MEAL_CODES = {
  breakfast: ['breakfastAtStay', 'breakfastAt', 'breakfastNear'],
  lunch: ['lunchAt', 'lunchNear'],
  dinner: ['dinnerAt', 'dinnerNear'],
} as const;

/** The day's meals of one kind, by their title code. */
export function mealsOf(day: ItineraryDay, kind: keyof typeof MEAL_CODES): ItineraryItem[] {
  return day.items.filter((i) => i.type === 'meal' && (MEAL_CODES[kind] as readonly string[]).includes(i.title.code));
}

/** A readable line for an item: "day 3 dinnerNear siem-reap-pre-rup 18:55". */
export function describe(day: ItineraryDay, item: ItineraryItem): string {
  const place = item.title.params?.place;
  const id = typeof place === 'object' && place !== null && 'id' in place ? place.id : (item.placeId ?? '');
  return `day ${day.dayNumber} ${item.title.code} ${id} ${item.start.slice(11, 16)}`;
}

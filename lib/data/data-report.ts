/**
 * Counts behind `npm run data:report`: how deep each destination's place list is (categories, food,
 * day trips, family and rainy-day options, approximate points) and how fresh its facts are, by the
 * freshness rule of docs/data.md (a fact checked more than 18 months ago is due for a re-check).
 * Pure: the script loads the catalog and prints; tests feed it small destinations.
 */
import type { Destination, PlaceCategory, PlaceFact } from '@/lib/data/schema';
import type { IsoDate } from '@/lib/time/local-time';

/** docs/data.md: a fact older than this many months is re-checked before it is relied on. */
export const FRESHNESS_MONTHS = 18;

export interface StaleFact {
  placeId: string;
  about: PlaceFact['about'];
  checked: IsoDate;
}

export interface DestinationReport {
  slug: string;
  places: number;
  byCategory: Partial<Record<PlaceCategory, number>>;
  /** Places whose category is `food` (restaurants, food markets, street-food lanes, cafés). */
  food: number;
  dayTrips: number;
  kidFriendly: number;
  indoor: number;
  /** Places best visited in the evening or at night. */
  evening: number;
  /** Places flagged `approximateLocation`. */
  approximate: number;
  /** The earliest `checked` date of any fact in the destination. */
  oldestChecked: IsoDate | undefined;
  /** Facts whose `checked` date lies before the freshness cut-off, oldest first. */
  stale: StaleFact[];
}

/** The day `months` calendar months before `date`, clamped to the month's last day (31 Aug − 6 → 28/29 Feb). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** One destination's counts; `today` fixes the freshness cut-off. */
export function reportDestination(destination: Destination, today: IsoDate): DestinationReport {
  const cutoff = monthsBefore(today, FRESHNESS_MONTHS);
  const byCategory: Partial<Record<PlaceCategory, number>> = {};
  const stale: StaleFact[] = [];
  let oldestChecked: IsoDate | undefined;
  const tagged = (tag: Destination['places'][number]['tags'][number]) =>
    destination.places.filter((place) => place.tags.includes(tag)).length;

  for (const place of destination.places) {
    byCategory[place.category] = (byCategory[place.category] ?? 0) + 1;
    for (const fact of place.facts) {
      if (oldestChecked === undefined || fact.checked < oldestChecked) oldestChecked = fact.checked;
      if (fact.checked < cutoff) stale.push({ placeId: place.id, about: fact.about, checked: fact.checked });
    }
  }
  stale.sort((a, b) => a.checked.localeCompare(b.checked) || a.placeId.localeCompare(b.placeId));

  return {
    slug: destination.slug,
    places: destination.places.length,
    byCategory,
    food: byCategory.food ?? 0,
    dayTrips: tagged('dayTrip'),
    kidFriendly: tagged('kidFriendly'),
    indoor: tagged('indoor'),
    evening: destination.places.filter((place) => place.bestTime === 'evening' || place.bestTime === 'night').length,
    approximate: destination.places.filter((place) => place.approximateLocation).length,
    oldestChecked,
    stale,
  };
}

/** Every destination's counts, in catalog order. */
export function reportCatalog(destinations: readonly Destination[], today: IsoDate): DestinationReport[] {
  return destinations.map((destination) => reportDestination(destination, today));
}

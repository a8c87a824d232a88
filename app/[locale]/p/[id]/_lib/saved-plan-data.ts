/**
 * Loads a saved plan for its pages, in the page's language. The stored itinerary is language-neutral
 * and is never re-planned here: every language shows the same items at the same times and costs,
 * with words chosen for the page.
 */
import 'server-only';
import { cache } from 'react';
import { tripDestinations, visitPlaces } from '@/app/[locale]/_lib/itinerary-places';
import { getDb } from '@/db/client';
import { findPlan } from '@/db/queries/plans';
import { getCatalog } from '@/lib/data/catalog';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import type { Locale } from '@/lib/i18n/locale';
import { isPlanIdShape } from '@/lib/plans/tokens';
import type { AddablePlace, PlanMeta, SavedPlanPageData } from '@/components/plans/plan-types';

/** The plan at its current revision in `locale`, or undefined for an unknown id (the page answers 404). */
export const loadSavedPlan = cache((id: string, locale: Locale): SavedPlanPageData | undefined => {
  if (!isPlanIdShape(id)) return undefined;
  const plan = findPlan(getDb(), id);
  if (!plan) return undefined;
  const catalog = getCatalog();
  const itinerary = localizeItinerary(plan.itinerary, locale);
  return {
    id: plan.id,
    revision: plan.revision,
    updatedAt: plan.updatedAt,
    itinerary,
    places: visitPlaces(itinerary, catalog, locale),
    destinations: tripDestinations(itinerary, catalog, locale),
    rates: { KRW: catalog.rates.usdTo.KRW, KHR: catalog.rates.usdTo.KHR },
  };
});

/** What "My plans" remembers of a plan. */
export function planMeta(data: SavedPlanPageData): PlanMeta {
  const { summary } = data.itinerary;
  return { id: data.id, title: summary.title, startDate: summary.startDate, days: summary.days };
}

/**
 * Every place's name in `locale`, by id: the revision list names places by id, including ones since
 * removed from the plan or from a destination no longer in the trip.
 */
export function placeNamesById(locale: Locale): Record<string, string> {
  return Object.fromEntries([...getCatalog().places.values()].map(({ place }) => [place.id, place.name[locale]]));
}

/** Places of the trip's destinations that are not in the plan, by destination then name, in `locale`. */
export function addablePlaces(data: SavedPlanPageData, locale: Locale): AddablePlace[] {
  const catalog = getCatalog();
  const planned = new Set(data.itinerary.days.flatMap((d) => d.items.flatMap((i) => (i.type === 'visit' && i.placeId ? [i.placeId] : []))));
  const slugs = data.itinerary.request.destinations ?? data.itinerary.summary.destinations;
  const collator = new Intl.Collator(locale);
  return slugs.flatMap((slug) => {
    const destination = catalog.destinationsBySlug.get(slug);
    if (!destination) return [];
    return destination.places
      .filter((place) => !planned.has(place.id))
      .map((place) => ({ id: place.id, name: place.name[locale], destination: destination.name[locale] }))
      .sort((a, b) => collator.compare(a.name, b.name));
  });
}

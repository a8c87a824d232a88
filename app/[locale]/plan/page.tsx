import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { tripDestinations, visitPlaces } from '@/app/[locale]/_lib/itinerary-places';
import { ItineraryView } from '@/components/itinerary/itinerary-view';
import { PlanProblem } from '@/components/itinerary/plan-problem';
import { fieldOfDetail, planRequestFromSearch } from '@/lib/trip-query/plan-query';
import { routing } from '@/i18n/routing';
import { getCatalog } from '@/lib/data/catalog';
import { ValidationError } from '@/lib/errors';
import { parseInput } from '@/lib/http/route-handler';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { appPlan } from '@/lib/planner-pool/planner';
import type { Locale } from '@/lib/i18n/locale';
import { currentTripDateWindow, newPlanRequest } from '@/lib/planner/new-trip-request';

type Search = Record<string, string | string[] | undefined>;

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}

type PlanOutcome = { itinerary: LocalizedItinerary } | { fields: string[] };

/**
 * Plans from the query string, once per request (metadata and page share it). The request lives in
 * the URL, and planning is deterministic, so a reload or a shared link shows the same plan.
 */
const planFromSearch = cache(async (query: string, locale: Locale): Promise<PlanOutcome> => {
  const raw: Search = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  try {
    const request = parseInput(newPlanRequest, planRequestFromSearch(raw, locale), 'trip request');
    return { itinerary: localizeItinerary(await appPlan(request), locale) };
  } catch (error) {
    if (error instanceof ValidationError) {
      const details = Array.isArray(error.details) ? (error.details as { field?: unknown }[]) : [];
      return { fields: details.map((d) => (typeof d.field === 'string' ? d.field : '')) };
    }
    throw error;
  }
});

function queryOf(search: Search): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  return params.toString();
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Itinerary' });
  const outcome = await planFromSearch(queryOf(await searchParams), locale);
  return { title: 'itinerary' in outcome ? outcome.itinerary.summary.title : t('problemTitle'), robots: { index: false } };
}

export default async function PlanPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = queryOf(await searchParams);
  const outcome = await planFromSearch(query, locale);
  if (!('itinerary' in outcome)) {
    return <PlanProblem fields={[...new Set(outcome.fields.map(fieldOfDetail))]} query={query} dateWindow={currentTripDateWindow()} />;
  }
  const catalog = getCatalog();
  const { itinerary } = outcome;
  return (
    <ItineraryView
      itinerary={itinerary}
      places={visitPlaces(itinerary, catalog, locale)}
      destinations={tripDestinations(itinerary, catalog, locale)}
      rates={{ KRW: catalog.rates.usdTo.KRW, KHR: catalog.rates.usdTo.KHR }}
      query={query}
    />
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportMenu } from '@/components/export/export-menu';
import { ItineraryView } from '@/components/itinerary/itinerary-view';
import { ShareButton } from '@/components/itinerary/share-button';
import { loadSavedPlan, planMeta } from '@/app/[locale]/p/[id]/_lib/saved-plan-data';
import { OwnerEditLink, RememberPlan } from '@/components/plans/remember-plan';
import type { SavedPlanPageData } from '@/components/plans/plan-types';
import { routing } from '@/i18n/routing';
import type { Locale } from '@/lib/i18n/locale';

// A saved plan changes with every edit: never serve a cached render.
export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string; id: string }>;
}

/** "20 – 24 Dec 2026 · Phnom Penh, Siem Reap": what a link preview shows under the title. */
async function planDescription(data: SavedPlanPageData, locale: Locale): Promise<string> {
  const format = await getFormatter({ locale });
  const { summary } = data.itinerary;
  const dates = format.dateTimeRange(new Date(`${summary.startDate}T00:00:00Z`), new Date(`${summary.endDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  return `${dates} · ${data.destinations.map((d) => d.name).join(', ')}`;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  setRequestLocale(locale);
  const data = loadSavedPlan(id, locale);
  if (!data) return { robots: { index: false } };
  const title = data.itinerary.summary.title;
  const description = await planDescription(data, locale);
  return {
    title,
    description,
    // Shared in chat apps, not meant for search engines.
    robots: { index: false, follow: false },
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `/${l}/p/${id}`])) },
    // No og:url: without a configured public origin it would resolve against localhost; chat apps use the shared URL.
    openGraph: { type: 'website', title, description, locale },
    twitter: { card: 'summary', title, description },
  };
}

/** The read-only page of a saved plan: rendered on the server (the timeline needs no JavaScript). */
export default async function SavedPlanPage({ params }: PageProps) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const data = loadSavedPlan(id, locale);
  if (!data) notFound();
  const t = await getTranslations({ locale, namespace: 'SavedPlan' });
  const meta = planMeta(data);
  return (
    <>
      <RememberPlan meta={meta} />
      <ItineraryView
        itinerary={data.itinerary}
        places={data.places}
        destinations={data.destinations}
        rates={data.rates}
        actions={
          <>
            <ShareButton />
            <ExportMenu source={{ kind: 'plan', planId: data.id }} />
            <OwnerEditLink planId={data.id} />
          </>
        }
      >
        <p className="saved-plan__note" data-testid="saved-plan-note">
          {t('readOnlyNote', { revision: data.revision })}
        </p>
      </ItineraryView>
    </>
  );
}

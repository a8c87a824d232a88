import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DestinationCard } from '@/components/destinations/destination-card';
import { routing } from '@/i18n/routing';
import { listDestinations, summarizeDestination } from '@/lib/data/catalog';
import type { CountryCode } from '@/lib/data/schema';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  // Metadata may render before the layout body: without the locale set, next-intl would read it from
  // the request headers its proxy sets.
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: t('destinationsTitle') };
}

export default async function DestinationsPage({ params }: PageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Destinations');
  const tc = await getTranslations('Common.countries');
  const summaries = listDestinations().map(summarizeDestination);
  const countries: CountryCode[] = ['KR', 'KH'];

  return (
    <div className="container page">
      <header className="page__header">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__lead">{t('intro')}</p>
      </header>
      {countries.map((country) => (
        <section key={country} className="section section--flush" aria-labelledby={`country-${country}`}>
          <h2 id={`country-${country}`} className="section__title">
            {tc(country)}
          </h2>
          <ul className="destination-grid">
            {summaries
              .filter((d) => d.country === country)
              .map((destination) => (
                <DestinationCard key={destination.slug} destination={destination} lang={locale} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

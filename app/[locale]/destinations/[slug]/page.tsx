import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatMonthRanges, monthDate } from '@/components/destinations/month-ranges';
import { DestinationExplorer } from '@/components/explorer/destination-explorer';
import { toExplorerPlaces } from '@/app/[locale]/_lib/explorer-places';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { findDestination } from '@/lib/data/catalog';

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const destination = findDestination(slug);
  if (!hasLocale(routing.locales, locale) || !destination) return {};
  return { title: destination.name[locale], description: destination.tagline[locale] };
}

export default async function DestinationPage({ params }: PageProps) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const destination = findDestination(slug);
  if (!destination) notFound();
  const t = await getTranslations('Destinations');
  const tc = await getTranslations('Common.countries');
  const format = await getFormatter();
  const name = destination.name[locale];
  const bestMonths = formatMonthRanges(destination.bestMonths, (month) => format.dateTime(monthDate(month), { month: 'long', timeZone: 'UTC' }));

  return (
    <div className="container page page--explorer">
      <nav className="breadcrumb" aria-label={t('back')}>
        <Link href="/destinations">← {t('back')}</Link>
      </nav>
      <header className="page__header page__header--destination">
        <p className="page__eyebrow">{tc(destination.country)}</p>
        <h1 className="page__title">{name}</h1>
        <p className="page__lead">{destination.tagline[locale]}</p>
        <p className="page__meta">
          <span aria-hidden="true">◷ </span>
          {t('bestTime', { months: bestMonths })}
        </p>
      </header>
      <h2 className="visually-hidden">{t('placesHeading')}</h2>
      <DestinationExplorer destinationName={name} center={destination.center} places={toExplorerPlaces(destination, locale)} />
    </div>
  );
}

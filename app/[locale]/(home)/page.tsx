import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DestinationCard } from '@/components/destinations/destination-card';
import { DEFAULT_DIRECTION, DIRECTION_DESTINATION_COUNTRY, parseDirection } from '@/lib/trip-query/direction';
import { DirectionPicker } from '@/components/destinations/direction-picker';
import { defaultFormValues, defaultStartDate, formValuesFromSearch } from '@/lib/trip-query/plan-query';
import { PlannerForm } from '@/components/planner/planner-form';
import { currentTripDateWindow } from '@/lib/planner/new-trip-request';
import { routing } from '@/i18n/routing';
import { listDestinations, summarizeDestination } from '@/lib/data/catalog';

interface HomePageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ params, searchParams }: HomePageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const search = await searchParams;
  const direction = parseDirection(search.direction) ?? DEFAULT_DIRECTION[locale];
  const country = DIRECTION_DESTINATION_COUNTRY[direction];
  const destinations = listDestinations()
    .filter((d) => d.country === country)
    .map(summarizeDestination);
  // "Change trip" on a plan links back here with the plan's query: the form starts from it.
  const initial = formValuesFromSearch(search, defaultFormValues(direction, destinations.map((d) => d.slug), defaultStartDate()));
  const t = await getTranslations('Home');
  const tc = await getTranslations('Common.countries');

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <div className="container">
          <p className="hero__eyebrow">{t('eyebrow')}</p>
          <h1 id="home-title" className="hero__title">
            {t('title')}
          </h1>
          <p className="hero__pitch">{t('pitch')}</p>
        </div>
      </section>

      <section className="section section--directions" aria-labelledby="direction-heading">
        <div className="container">
          <h2 id="direction-heading" className="section__title">
            {t('directionHeading')}
          </h2>
          <p className="section__lead">{t('directionHint')}</p>
          <DirectionPicker selected={direction} />
        </div>
      </section>

      <section id="destinations" className="section" aria-labelledby="destinations-heading">
        <div className="container">
          <h2 id="destinations-heading" className="section__title">
            {t('destinationsHeading', { country: tc(country) })}
          </h2>
          {destinations.length > 0 ? (
            <ul className="destination-grid" data-testid="destination-cards">
              {destinations.map((destination) => (
                <DestinationCard key={destination.slug} destination={destination} lang={locale} />
              ))}
            </ul>
          ) : (
            <p>{t('noDestinations')}</p>
          )}
        </div>
      </section>

      <section id="plan" className="section section--plan" aria-labelledby="plan-heading">
        <div className="container">
          <div className="plan-card">
            <h2 id="plan-heading" className="section__title">
              {t('plannerHeading')}
            </h2>
            <p className="section__lead">{t('plannerBody')}</p>
            <PlannerForm
              key={direction}
              locale={locale}
              direction={direction}
              destinations={destinations.map((d) => ({ slug: d.slug, name: d.name[locale] }))}
              initial={initial}
              dateWindow={currentTripDateWindow()}
            />
          </div>
        </div>
      </section>
    </>
  );
}

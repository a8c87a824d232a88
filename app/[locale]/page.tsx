import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DestinationCard } from '@/components/destinations/destination-card';
import { DEFAULT_DIRECTION, DIRECTION_DESTINATION_COUNTRY, parseDirection } from '@/components/destinations/direction';
import { DirectionPicker } from '@/components/destinations/direction-picker';
import { MustSeeSummary } from '@/components/trip/must-see-summary';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { listDestinations, summarizeDestination } from '@/lib/data/catalog';

interface HomePageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ direction?: string | string[] }>;
}

export default async function HomePage({ params, searchParams }: HomePageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const direction = parseDirection((await searchParams).direction) ?? DEFAULT_DIRECTION[locale];
  const country = DIRECTION_DESTINATION_COUNTRY[direction];
  const destinations = listDestinations()
    .filter((d) => d.country === country)
    .map(summarizeDestination);
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

      {/* The trip planner form goes here once POST /api/itineraries exists. */}
      <section id="plan" className="section section--plan" aria-labelledby="plan-heading">
        <div className="container">
          <div className="plan-slot">
            <div className="plan-slot__text">
              <h2 id="plan-heading" className="section__title">
                {t('plannerHeading')}
              </h2>
              <p className="section__lead">{t('plannerBody')}</p>
              <p className="plan-slot__soon">{t('plannerSoon')}</p>
              <Link href="/destinations" className="button button--secondary">
                {t('browseDestinations')}
              </Link>
            </div>
            <MustSeeSummary />
          </div>
        </div>
      </section>
    </>
  );
}

'use client';

import { useTranslations } from 'next-intl';

/** Shown while the plan page plans on the server: the itinerary's shape, announced as planning. */
export function ItinerarySkeleton() {
  const t = useTranslations('Itinerary');
  return (
    <div className="container page page--itinerary itinerary-skeleton" role="status" aria-busy="true">
      <p className="itinerary-skeleton__text">
        <span className="spinner spinner--dark" aria-hidden="true" /> {t('planning')}
      </p>
      <span className="page-skeleton__line page-skeleton__line--title" />
      <span className="page-skeleton__line" />
      <div className="itinerary-skeleton__body">
        <span className="page-skeleton__block" />
        <span className="page-skeleton__block" />
      </div>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Link } from '@/i18n/navigation';

/** The error state of an itinerary page: planning failed; try again or start a new trip. */
export function PlanError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Itinerary');
  const te = useTranslations('Errors');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="status-page" role="alert">
      <h1 className="status-page__title">{t('failedTitle')}</h1>
      <p className="status-page__body">{t('failedBody')}</p>
      <p className="status-page__actions">
        <button type="button" className="button" onClick={reset}>
          {te('retry')}
        </button>{' '}
        <Link href={{ pathname: '/', hash: 'plan' }} className="button button--secondary">
          {t('newTrip')}
        </Link>
      </p>
    </section>
  );
}

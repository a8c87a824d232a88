'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

/** The error state of a page segment: says something went wrong and offers to try again. */
export function SegmentError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Errors');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="status-page" role="alert">
      <h1 className="status-page__title">{t('title')}</h1>
      <p className="status-page__body">{t('body')}</p>
      <p className="status-page__actions">
        <button type="button" className="button" onClick={reset}>
          {t('retry')}
        </button>
      </p>
    </section>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useClipboard } from '@/components/layout/use-clipboard';

/** Copies the page's URL (which holds the whole trip request) to the clipboard. */
export function ShareButton() {
  const t = useTranslations('Itinerary');
  const { state, copy } = useClipboard();

  return (
    <span className="share">
      <button type="button" className="button" onClick={() => copy(window.location.href)}>
        {t('copyLink')}
      </button>
      <span className="share__status" role="status">
        {state === 'copied' ? t('linkCopied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}

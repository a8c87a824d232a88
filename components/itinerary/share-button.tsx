'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/** Copies the page's URL (which holds the whole trip request) to the clipboard. */
export function ShareButton() {
  const t = useTranslations('Itinerary');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="share">
      <button type="button" className="button" onClick={copy}>
        {t('copyLink')}
      </button>
      <span className="share__status" role="status">
        {state === 'copied' ? t('linkCopied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}

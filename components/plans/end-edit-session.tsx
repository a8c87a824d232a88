'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FieldError } from './field-error';
import { plansApi } from './plans-api-client';
import { forgetEditToken } from './use-my-plans';

/**
 * "Stop editing on this browser" (a shared or borrowed computer): clears the edit cookie and forgets
 * the edit token in My plans, then opens the view page. The edit link itself keeps working.
 */
export function EndEditSession({ planId, viewHref }: { planId: string; viewHref: string }) {
  const t = useTranslations('SavedPlan');
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'ending' | 'failed'>('idle');

  const end = () => {
    setState('ending');
    plansApi
      .closeSession(planId)
      .then(() => {
        forgetEditToken(planId);
        router.push(viewHref);
      })
      .catch(() => setState('failed'));
  };

  return (
    <div className="end-session">
      <button type="button" className="button button--small button--secondary" onClick={end} disabled={state === 'ending'} data-testid="end-edit-session">
        {state === 'ending' ? t('endingSession') : t('endSession')}
      </button>
      <p className="end-session__hint">{t('endSessionHint')}</p>
      <FieldError message={state === 'failed' ? t('endSessionFailed') : undefined} />
    </div>
  );
}

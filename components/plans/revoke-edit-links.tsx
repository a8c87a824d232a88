'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CopyField } from './copy-field';
import { FieldError } from './field-error';
import type { PlanMeta } from './plan-types';
import { plansApi } from './plans-api-client';
import { rememberPlan } from './use-my-plans';

type RevokeState = { step: 'idle' | 'confirming' | 'revoking' | 'failed' } | { step: 'revoked'; editUrl: string };

/**
 * "Revoke other edit links": for an edit link that was shared too widely or leaked. Replaces the
 * plan's edit token (POST /api/plans/{id}/token, authorised by this browser's edit cookie, which the
 * answer moves to the new token), shows the new edit link once and keeps its token in My plans.
 * Asks first, since everyone else holding an edit link loses it.
 */
export function RevokeEditLinks({ plan }: { plan: PlanMeta }) {
  const t = useTranslations('SavedPlan');
  const [state, setState] = useState<RevokeState>({ step: 'idle' });

  const revoke = () => {
    setState({ step: 'revoking' });
    plansApi
      .rotateToken(plan.id)
      .then(({ editToken, editUrl }) => {
        rememberPlan({ ...plan, token: editToken, origin: 'opened' });
        setState({ step: 'revoked', editUrl });
      })
      .catch(() => setState({ step: 'failed' }));
  };

  return (
    <div className="edit-card" data-testid="revoke-edit-links">
      <h3 className="edit-card__title">{t('revokeHeading')}</h3>
      <p>{t('revokeHint')}</p>
      {state.step === 'revoked' ? (
        <>
          <CopyField label={t('newEditLinkLabel')} value={`${window.location.origin}${state.editUrl}`} testId="new-edit-link" />
          <p className="save-share__warning" role="status">
            {t('revokeDone')}
          </p>
        </>
      ) : state.step === 'confirming' ? (
        <>
          <p className="save-share__warning">{t('revokeConfirmHint')}</p>
          <div className="edit-card__actions">
            <button type="button" className="button" onClick={revoke} data-testid="revoke-confirm">
              {t('revokeConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setState({ step: 'idle' })}>
              {t('revokeCancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="edit-card__actions">
          <button type="button" className="button button--secondary" onClick={() => setState({ step: 'confirming' })} disabled={state.step === 'revoking'} data-testid="revoke-start">
            {state.step === 'revoking' ? t('revoking') : t('revoke')}
          </button>
        </div>
      )}
      <FieldError message={state.step === 'failed' ? t('revokeFailed') : undefined} />
    </div>
  );
}

'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { CopyField } from '@/components/plans/copy-field';
import { plansApi, type CreatedPlan } from '@/components/plans/plans-api-client';
import { rememberPlan } from '@/components/plans/use-my-plans';
import type { PlanRequestInput } from '@/lib/planner/request';

/**
 * "Save & share": saves the trip as a plan (POST /api/plans), remembers it in My plans with its edit
 * token, and shows the view link to share and the edit link to keep private.
 */
export function SaveShareButton({ request }: { request: PlanRequestInput }) {
  const t = useTranslations('SavedPlan');
  const locale = useLocale();
  const panelId = useId();
  const [saved, setSaved] = useState<CreatedPlan | null>(null);
  const save = useMutation({
    mutationFn: () => plansApi.create(request, locale),
    onSuccess: (created) => {
      const { summary } = created.plan.itinerary;
      rememberPlan({ id: created.id, title: summary.title, startDate: summary.startDate, days: summary.days, token: created.editToken, origin: 'created' });
      setSaved(created);
    },
  });
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <>
      <button type="button" className="button" onClick={() => (saved ? undefined : save.mutate())} disabled={save.isPending || saved !== null} aria-controls={panelId} data-testid="save-share">
        {save.isPending ? t('saving') : saved ? t('saved') : t('saveShare')}
      </button>
      <div id={panelId} className="save-share" aria-live="polite">
        {save.isError ? (
          <p className="edit-error" role="alert">
            {t('saveFailed')}
          </p>
        ) : null}
        {saved ? (
          <div className="save-share__panel" data-testid="save-share-panel">
            <CopyField label={t('viewLinkLabel')} value={`${origin}${saved.viewUrl}`} testId="view-link" />
            <CopyField label={t('editLinkLabel')} value={`${origin}${saved.editUrl}`} testId="edit-link" />
            <p className="save-share__warning">{t('editLinkWarning')}</p>
            <a className="button" href={`/${locale}${saved.editUrl}`} data-testid="open-edit">
              {t('openEditor')}
            </a>
          </div>
        ) : null}
      </div>
    </>
  );
}

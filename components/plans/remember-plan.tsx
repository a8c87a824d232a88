'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { PlanMeta } from './plan-types';
import { rememberPlan, useMyPlans } from './use-my-plans';

/** Adds a plan opened through its view link to My plans (keeping a token this browser already has). */
export function RememberPlan({ meta }: { meta: PlanMeta }) {
  useEffect(() => {
    rememberPlan({ ...meta, origin: 'opened' });
  }, [meta]);
  return null;
}

/** "Edit" on the view page, only in a browser that holds the plan's edit token (from My plans). */
export function OwnerEditLink({ planId }: { planId: string }) {
  const t = useTranslations('SavedPlan');
  const locale = useLocale();
  const { plans } = useMyPlans();
  const token = plans.find((p) => p.id === planId)?.token;
  if (!token) return null;
  return (
    <a className="button button--secondary" href={`/${locale}/p/${planId}/edit#token=${token}`} data-testid="owner-edit-link">
      {t('edit')}
    </a>
  );
}

'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { useTripFormat } from '@/components/itinerary/use-trip-format';
import { Link } from '@/i18n/navigation';
import { useMyPlans } from './use-my-plans';

const noop = () => () => {};

/** The My plans page body: this browser's saved and opened plans, newest first, with open and remove. */
export function MyPlansList() {
  const t = useTranslations('MyPlans');
  const format = useTripFormat();
  const locale = useLocale();
  const { plans, remove } = useMyPlans();
  // The list lives in this browser only: the server render shows a neutral state, not "no plans".
  const hydrated = useSyncExternalStore(noop, () => true, () => false);

  if (!hydrated) return <p role="status">{t('loading')}</p>;
  if (plans.length === 0) {
    return (
      <div className="my-plans__empty" data-testid="my-plans-empty">
        <p>{t('empty')}</p>
        <Link href={{ pathname: '/', hash: 'plan' }} className="button">
          {t('planTrip')}
        </Link>
      </div>
    );
  }
  return (
    <ul className="my-plans" data-testid="my-plans">
      {plans.map((plan) => {
        const end = new Date(`${plan.startDate}T00:00:00Z`);
        end.setUTCDate(end.getUTCDate() + plan.days - 1);
        const dates = format.dateRange(plan.startDate, end.toISOString().slice(0, 10));
        return (
          <li key={plan.id} className="my-plans__item" data-testid="my-plan">
            <div className="my-plans__text">
              <h2 className="my-plans__title">
                <a href={`/${locale}/p/${plan.id}`}>{plan.title}</a>
              </h2>
              <p className="my-plans__meta">
                {dates} · {plan.origin === 'created' ? t('created') : t('opened')} {format.timestamp(plan.seenAt)}
                {plan.token ? <> · {t('canEdit')}</> : null}
              </p>
            </div>
            <div className="my-plans__actions">
              <a className="button button--small" href={`/${locale}/p/${plan.id}`}>
                {t('view')}
              </a>
              {plan.token ? (
                <a className="button button--small button--secondary" href={`/${locale}/p/${plan.id}/edit#token=${plan.token}`}>
                  {t('edit')}
                </a>
              ) : null}
              <button type="button" className="button button--small button--secondary" onClick={() => remove(plan.id)} aria-label={t('removeLabel', { title: plan.title })}>
                {t('remove')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

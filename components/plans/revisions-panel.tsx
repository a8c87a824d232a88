'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useId } from 'react';
import { FieldError } from './field-error';
import { plansApi } from './plans-api-client';
import { revisionsKey, type PlanEdits } from './use-plan-edits';

/** Every revision of the plan, newest first, with what changed and when; any older one can be restored. */
export function RevisionsPanel({ planId, revision, edits, placeNames }: { planId: string; revision: number; edits: PlanEdits; placeNames?: ReadonlyMap<string, string> }) {
  const t = useTranslations('SavedPlan');
  const format = useFormatter();
  const id = useId();
  const query = useQuery({ queryKey: [...revisionsKey(planId), revision], queryFn: () => plansApi.revisions(planId), staleTime: 0 });
  const key = 'restore';

  return (
    <section className="edit-card revisions" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="edit-card__title">
        {t('revisions')}
      </h3>
      {query.isPending ? <p>{t('revisionsLoading')}</p> : null}
      {query.isError ? <p className="edit-error">{t('revisionsFailed')}</p> : null}
      {query.data ? (
        <ol className="revisions__list" reversed data-testid="revisions">
          {[...query.data.revisions].reverse().map((r) => (
            <li key={r.revision} className="revisions__item">
              <span className="revisions__text">
                <strong>{t('revisionNumber', { revision: r.revision })}</strong> · {withPlaceNames(r.change, placeNames)} · <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </span>
              {r.revision === revision ? (
                <span className="revisions__current">{t('current')}</span>
              ) : (
                <button type="button" className="button button--small button--secondary" disabled={edits.busy} onClick={() => edits.run({ key, restore: r.revision })} aria-label={t('restoreLabel', { revision: r.revision })}>
                  {t('restore')}
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <FieldError message={edits.errorFor(key)} />
    </section>
  );
}

/** The API describes changes with place ids ("removed seoul-bukchon"); show the places' names instead. */
function withPlaceNames(change: string, names: ReadonlyMap<string, string> | undefined): string {
  return names ? change.replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, (id) => names.get(id) ?? id) : change;
}

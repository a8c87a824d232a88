'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useTripFormat } from '@/components/itinerary/use-trip-format';
import { isTripField, parseChange } from '@/lib/plans/change';
import { EditEffectsList } from './edit-effects-list';
import { FieldError } from './field-error';
import { plansApi } from './plans-api-client';
import { revisionsKey, type PlanEdits } from './use-plan-edits';

/** Every revision of the plan, newest first, with what changed and when; any older one can be restored unless pruned. */
export function RevisionsPanel({ planId, revision, edits, placeNames }: { planId: string; revision: number; edits: PlanEdits; placeNames: Readonly<Record<string, string>> }) {
  const t = useTranslations('SavedPlan');
  const format = useTripFormat();
  const id = useId();
  const query = useQuery({ queryKey: [...revisionsKey(planId), revision], queryFn: () => plansApi.revisions(planId), staleTime: 0 });
  const key = 'restore';
  const place = (id: string) => placeNames[id] ?? id;
  /** The stored English sentence in the page's language, with place names for ids; as stored if unknown. */
  const describe = (text: string): string => {
    const change = parseChange(text);
    if (!change) return text;
    switch (change.kind) {
      case 'created':
        return t('change.created');
      case 'removed':
        return t('change.removed', { place: place(change.placeId) });
      case 'added':
        return change.day === undefined ? t('change.added', { place: place(change.placeId) }) : t('change.addedToDay', { place: place(change.placeId), day: change.day });
      case 'moved':
        return t('change.moved', { place: place(change.placeId), day: change.day });
      case 'pinned':
        return change.start ? t('change.pinnedAt', { place: place(change.placeId), day: change.day, time: change.start }) : t('change.pinned', { place: place(change.placeId), day: change.day });
      case 'unpinned':
        return t('change.unpinned', { place: place(change.placeId) });
      case 'reordered':
        return t('change.reordered', { day: change.day });
      case 'changed':
        return t('change.changed', { fields: change.fields.map((field) => (isTripField(field) ? t(`changedField.${field}`) : field)).join(', ') });
      case 'replanned':
        return t('change.replanned');
      case 'restored':
        return t('change.restored', { revision: change.revision });
    }
  };

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
                <strong>{t('revisionNumber', { revision: r.revision })}</strong> · {describe(r.change)} · <time dateTime={r.createdAt}>{format.timestamp(r.createdAt, true)}</time>
                {r.effects ? <EditEffectsList effects={r.effects} placeNames={placeNames} compact /> : null}
              </span>
              {r.revision === revision ? (
                <span className="revisions__current">{t('current')}</span>
              ) : r.pruned ? (
                <span className="revisions__pruned">{t('revisionPruned')}</span>
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

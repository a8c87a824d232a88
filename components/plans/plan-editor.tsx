'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ItineraryView } from '@/components/itinerary/itinerary-view';
import { useHydrated } from '@/components/layout/use-hydrated';
import type { TimelineVisit } from '@/components/itinerary/timeline';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { AddPlaceForm } from './add-place-form';
import { ConflictDialog } from './conflict-dialog';
import type { EditEffects } from '@/lib/plans/edit-effects';
import { EditEffectsList } from './edit-effects-list';
import { EndEditSession } from './end-edit-session';
import { FieldError } from './field-error';
import type { AddablePlace, SavedPlanJson, SavedPlanPageData } from './plan-types';
import { RevisionsPanel } from './revisions-panel';
import { RevokeEditLinks } from './revoke-edit-links';
import { TripSettingsForm } from './trip-settings-form';
import { rememberPlan } from './use-my-plans';
import { usePlanEdits } from './use-plan-edits';
import { VisitControls } from './visit-controls';

interface PlanEditorProps {
  data: SavedPlanPageData;
  addable: readonly AddablePlace[];
  /** Every place's name in the page language, by id (for the revision list). */
  placeNames: Readonly<Record<string, string>>;
  /** Header actions besides the editor's own (e.g. the export menu). */
  actions?: ReactNode;
}

/**
 * The edit page: the itinerary with controls on every visit, and panels for trip settings, adding a
 * place, re-planning and revisions. A save shows the answered plan at once, then refreshes the server
 * data (page language, place details); a stale save opens the reload dialog instead of overwriting.
 */
export function PlanEditor({ data, addable, placeNames, actions }: PlanEditorProps) {
  const t = useTranslations('SavedPlan');
  const locale = useLocale();
  const router = useRouter();
  const hydrated = useHydrated();
  // The plan a save answered, until the server's (localized, with place details) catches up.
  const [saved, setSaved] = useState<{ revision: number; itinerary: LocalizedItinerary } | null>(null);
  // What the last save in this tab did, shown until the next one.
  const [lastEffects, setLastEffects] = useState<{ revision: number; effects: EditEffects } | null>(null);
  const current = saved && saved.revision > data.revision ? saved : { revision: data.revision, itinerary: data.itinerary };
  const { itinerary, revision } = current;

  const onSaved = useCallback(
    (plan: SavedPlanJson) => {
      // The answer speaks the page's language (the edit asked for it): show it until the refreshed server render.
      setSaved({ revision: plan.revision, itinerary: plan.itinerary });
      setLastEffects(plan.effects ? { revision: plan.revision, effects: plan.effects } : null);
      const { summary } = plan.itinerary;
      rememberPlan({ id: plan.id, title: summary.title, startDate: summary.startDate, days: summary.days, origin: 'opened' });
      router.refresh();
    },
    [router],
  );
  const edits = usePlanEdits(data.id, revision, onSaved);

  const dayNumbers = useMemo(() => itinerary.days.map((d) => d.dayNumber), [itinerary.days]);
  const pinned = useMemo(() => new Set(itinerary.request.pinned.map((p) => p.placeId)), [itinerary.request.pinned]);
  const starts = useMemo(() => {
    const map = new Map<string, string>();
    for (const day of itinerary.days) for (const item of day.items) if (item.type === 'visit' && item.placeId) map.set(item.placeId, item.start.slice(11, 16));
    return map;
  }, [itinerary.days]);
  const planned = useMemo(() => new Set(starts.keys()), [starts]);

  const visitActions = useCallback(
    (visit: TimelineVisit) => <VisitControls key={`${visit.placeId}-${revision}`} visit={visit} start={starts.get(visit.placeId) ?? ''} days={dayNumbers} pinned={pinned.has(visit.placeId)} edits={edits} />,
    [dayNumbers, edits, pinned, revision, starts],
  );

  return (
    <>
      <ItineraryView
        itinerary={itinerary}
        places={data.places}
        destinations={data.destinations}
        rates={data.rates}
        actions={
          <>
            <a className="button button--secondary" href={`/${locale}/p/${data.id}`} data-testid="view-page-link">
              {t('openViewPage')}
            </a>
            {actions}
          </>
        }
        visitActions={visitActions}
      >
        <section className="plan-editor" aria-labelledby="plan-editor-title" data-testid="plan-editor" data-hydrated={hydrated}>
          <div className="plan-editor__head">
            <h2 id="plan-editor-title" className="section__title">
              {t('editHeading')}
            </h2>
            <p className="plan-editor__revision" data-testid="current-revision">
              {t('revisionNumber', { revision })}
            </p>
            <p className="plan-editor__hint">{t('editHint')}</p>
            <EndEditSession planId={data.id} viewHref={`/${locale}/p/${data.id}`} />
          </div>
          <div aria-live="polite">
            {lastEffects && lastEffects.revision === revision ? (
              <section className="edit-card edit-card--effects" aria-labelledby="edit-effects-title">
                <h3 id="edit-effects-title" className="edit-card__title">
                  {t('effects.title')}
                </h3>
                <EditEffectsList effects={lastEffects.effects} placeNames={placeNames} />
              </section>
            ) : null}
          </div>
          <div className="plan-editor__grid">
            <TripSettingsForm key={`trip-${revision}`} request={itinerary.request} edits={edits} />
            <AddPlaceForm key={`add-${revision}`} places={addable.filter((p) => !planned.has(p.id))} days={dayNumbers} edits={edits} />
            <div className="edit-card">
              <h3 className="edit-card__title">{t('replanHeading')}</h3>
              <p>{t('replanHint')}</p>
              <div className="edit-card__actions">
                <button type="button" className="button" disabled={edits.busy} onClick={() => edits.run({ key: 'replan', edit: { type: 'replan' } })}>
                  {edits.pendingKey === 'replan' ? t('savingEdit') : t('replan')}
                </button>
              </div>
              <FieldError message={edits.errorFor('replan')} />
            </div>
            <RevisionsPanel planId={data.id} revision={revision} edits={edits} placeNames={placeNames} />
            <RevokeEditLinks plan={{ id: data.id, title: itinerary.summary.title, startDate: itinerary.summary.startDate, days: itinerary.summary.days }} />
          </div>
        </section>
      </ItineraryView>
      {edits.conflict ? <ConflictDialog revision={edits.conflict.revision} onReload={() => window.location.reload()} onClose={edits.dismissConflict} /> : null}
    </>
  );
}

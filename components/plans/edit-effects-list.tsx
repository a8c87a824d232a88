'use client';

import { useTranslations } from 'next-intl';
import { useTripFormat } from '@/components/itinerary/use-trip-format';
import type { EditEffects } from '@/lib/plans/edit-effects';

/**
 * What an edit did, in the page's language: how far it reached (only its days, or the whole trip and
 * why) and each place added, removed or moved in time, day by day.
 */
export function EditEffectsList({ effects, placeNames, compact = false }: { effects: EditEffects; placeNames: Readonly<Record<string, string>>; compact?: boolean }) {
  const t = useTranslations('SavedPlan.effects');
  const format = useTripFormat();
  const place = (id: string) => placeNames[id] ?? id;
  const time = (hhmm: string | undefined) => (hhmm ? format.minuteOfDay(Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) : '');
  const scope = effects.scope === 'days' ? t('days') : t(`trip.${effects.reason ?? 'replan'}`);
  return (
    <div className={compact ? 'edit-effects edit-effects--compact' : 'edit-effects'} data-testid="edit-effects" data-scope={effects.scope}>
      {compact && effects.scope === 'days' ? null : <p className="edit-effects__scope">{scope}</p>}
      {effects.changes.length === 0 ? (
        <p className="edit-effects__none">{t('none')}</p>
      ) : (
        <ul className="edit-effects__list">
          {effects.changes.map((change) => (
            <li key={`${change.day}-${change.kind}-${change.placeId}`}>{t(change.kind, { day: change.day, place: place(change.placeId), time: time(change.start) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

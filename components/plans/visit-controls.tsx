'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { TimelineVisit } from '@/components/itinerary/timeline';
import { FieldError } from './field-error';
import type { PlanEdits } from './use-plan-edits';

interface VisitControlsProps {
  visit: TimelineVisit;
  /** Local start of the visit, HH:MM (the pin form's default). */
  start: string;
  /** Day numbers of the trip. */
  days: readonly number[];
  pinned: boolean;
  edits: PlanEdits;
}

/** The edit page's controls under one visit: move earlier/later, move to a day, pin at a time, remove. */
export function VisitControls({ visit, start, days, pinned, edits }: VisitControlsProps) {
  const t = useTranslations('SavedPlan');
  const id = useId();
  const [time, setTime] = useState(start);
  const key = `visit:${visit.placeId}`;
  const { dayPlaceIds, index, dayNumber, placeId, name } = visit;
  const disabled = edits.busy;

  const reorder = (offset: -1 | 1) => {
    const order = [...dayPlaceIds];
    const other = order[index + offset];
    if (other === undefined) return;
    order[index + offset] = placeId;
    order[index] = other;
    edits.run({ key, edit: { type: 'reorder_day', day: dayNumber, placeIds: order } });
  };

  return (
    <div className="visit-controls" data-testid="visit-controls">
      <div className="visit-controls__row">
        {pinned ? <span className="visit-controls__pinned">{t('pinned')}</span> : null}
        <button type="button" className="button button--small button--secondary" onClick={() => reorder(-1)} disabled={disabled || index === 0} aria-label={t('moveEarlier', { name })}>
          ↑
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => reorder(1)} disabled={disabled || index >= dayPlaceIds.length - 1} aria-label={t('moveLater', { name })}>
          ↓
        </button>
        <label className="visually-hidden" htmlFor={`${id}-day`}>
          {t('moveToDayLabel', { name })}
        </label>
        <select
          id={`${id}-day`}
          className="visit-controls__select"
          value=""
          disabled={disabled}
          onChange={(e) => {
            const day = Number(e.target.value);
            if (day) edits.run({ key, edit: { type: 'move_place', placeId, day } });
          }}
        >
          <option value="">{t('moveToDay')}</option>
          {days
            .filter((d) => d !== dayNumber)
            .map((d) => (
              <option key={d} value={d}>
                {t('dayOption', { day: d })}
              </option>
            ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-time`}>
          {t('pinTimeLabel', { name })}
        </label>
        <input id={`${id}-time`} type="time" className="visit-controls__time" value={time} onChange={(e) => setTime(e.target.value)} disabled={disabled} />
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={disabled}
          onClick={() => edits.run({ key, edit: { type: 'pin_place', placeId, day: dayNumber, ...(time ? { start: time } : {}) } })}
          aria-label={t('pinAt', { name })}
        >
          {t('pin')}
        </button>
        {pinned ? (
          <button type="button" className="button button--small button--secondary" disabled={disabled} onClick={() => edits.run({ key, edit: { type: 'unpin_place', placeId } })} aria-label={t('unpinLabel', { name })}>
            {t('unpin')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--danger" disabled={disabled} onClick={() => edits.run({ key, edit: { type: 'remove_place', placeId } })} aria-label={t('removeLabel', { name })} data-testid="remove-place">
          {t('remove')}
        </button>
        {edits.pendingKey === key ? (
          <span className="visit-controls__saving" role="status">
            {t('savingEdit')}
          </span>
        ) : null}
      </div>
      <FieldError message={edits.errorFor(key)} />
    </div>
  );
}

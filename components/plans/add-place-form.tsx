'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { FieldError } from './field-error';
import type { AddablePlace } from './plan-types';
import type { PlanEdits } from './use-plan-edits';

/** Picks a place of the trip's destinations that is not planned yet, and optionally its day. */
export function AddPlaceForm({ places, days, edits }: { places: readonly AddablePlace[]; days: readonly number[]; edits: PlanEdits }) {
  const t = useTranslations('SavedPlan');
  const id = useId();
  const [placeId, setPlaceId] = useState('');
  const [day, setDay] = useState('');
  const key = 'add';
  const groups = new Map<string, AddablePlace[]>();
  for (const place of places) groups.set(place.destination, [...(groups.get(place.destination) ?? []), place]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!placeId) return;
    edits.run({ key, edit: { type: 'add_place', placeId, ...(day ? { day: Number(day) } : {}) } });
  }

  return (
    <form className="edit-card add-place" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="edit-card__title">
        {t('addPlace')}
      </h3>
      <label className="field">
        <span className="field__label">{t('placeLabel')}</span>
        <select className="input" value={placeId} required onChange={(e) => setPlaceId(e.target.value)} data-testid="add-place-select">
          <option value="">{t('choosePlace')}</option>
          {[...groups].map(([destination, list]) => (
            <optgroup key={destination} label={destination}>
              {list.map((place) => (
                <option key={place.id} value={place.id}>
                  {place.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('dayLabel')}</span>
        <select className="input" value={day} onChange={(e) => setDay(e.target.value)}>
          <option value="">{t('anyDay')}</option>
          {days.map((d) => (
            <option key={d} value={d}>
              {t('dayOption', { day: d })}
            </option>
          ))}
        </select>
      </label>
      <div className="edit-card__actions">
        <button type="submit" className="button" disabled={edits.busy || !placeId}>
          {edits.pendingKey === key ? t('savingEdit') : t('add')}
        </button>
      </div>
      <FieldError message={edits.errorFor(key)} />
    </form>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { INTERESTS, MIN_DAYS, PACES } from '@/lib/trip-query/plan-query';
import type { Interest } from '@/lib/data/schema';
import { MAX_DAYS, type PlanRequest } from '@/lib/planner/request';
import { FieldError } from './field-error';
import type { EditBody, PlanEdits } from './use-plan-edits';

/** Weights as the planner form sets them: a liked interest 1, the others 0.2; none liked: all 0.5. */
function interestWeights(likes: ReadonlySet<Interest>): Partial<Record<Interest, number>> {
  if (likes.size === 0) return {};
  return Object.fromEntries(INTERESTS.map((i) => [i, likes.has(i) ? 1 : 0.2]));
}

/** Interests weighted above the neutral 0.5 count as liked. */
function likedInterests(request: PlanRequest): Set<Interest> {
  return new Set(INTERESTS.filter((i) => (request.interests[i] ?? 0.5) > 0.5));
}

/** Dates, length, pace and interests of a saved plan → one update_trip edit with only what changed. */
export function TripSettingsForm({ request, edits }: { request: PlanRequest; edits: PlanEdits }) {
  const t = useTranslations('SavedPlan');
  const tp = useTranslations('Planner');
  const id = useId();
  const [startDate, setStartDate] = useState(request.startDate);
  const [days, setDays] = useState(String(request.days));
  const [pace, setPace] = useState(request.pace);
  const [likes, setLikes] = useState(() => likedInterests(request));
  const [unchanged, setUnchanged] = useState(false);
  const key = 'trip';

  function submit(event: FormEvent) {
    event.preventDefault();
    const change: Omit<Extract<EditBody, { type: 'update_trip' }>, 'type'> = {};
    if (startDate !== request.startDate) change.startDate = startDate;
    if (Number(days) !== request.days) change.days = Number(days);
    if (pace !== request.pace) change.pace = pace;
    const before = likedInterests(request);
    if (before.size !== likes.size || [...likes].some((i) => !before.has(i))) change.interests = interestWeights(likes);
    if (Object.keys(change).length === 0) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    edits.run({ key, edit: { type: 'update_trip', ...change } });
  }

  return (
    <form className="edit-card trip-settings" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="edit-card__title">
        {t('tripSettings')}
      </h3>
      <div className="trip-settings__grid">
        <label className="field">
          <span className="field__label">{tp('startDate')}</span>
          <input type="date" className="input" value={startDate} required onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{tp('days')}</span>
          <input type="number" className="input" min={MIN_DAYS} max={MAX_DAYS} value={days} required onChange={(e) => setDays(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{tp('pace')}</span>
          <select className="input" value={pace} onChange={(e) => setPace(e.target.value as PlanRequest['pace'])}>
            {PACES.map((p) => (
              <option key={p} value={p}>
                {tp(`paces.${p}.label`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="trip-settings__interests">
        <legend className="field__label">{tp('interests')}</legend>
        {INTERESTS.map((interest) => (
          <label key={interest} className="chip-check">
            <input
              type="checkbox"
              checked={likes.has(interest)}
              onChange={(e) => {
                const next = new Set(likes);
                if (e.target.checked) next.add(interest);
                else next.delete(interest);
                setLikes(next);
              }}
            />
            <span>{tp(`interestNames.${interest}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="edit-card__actions">
        <button type="submit" className="button" disabled={edits.busy}>
          {edits.pendingKey === key ? t('savingEdit') : t('saveTrip')}
        </button>
        {unchanged ? <span role="status">{t('nothingChanged')}</span> : null}
      </div>
      <FieldError message={edits.errorFor(key)} />
    </form>
  );
}

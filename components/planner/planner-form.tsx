'use client';

import { useQueries } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import type { Direction } from '@/lib/trip-query/direction';
import { useTripFormat } from '@/components/itinerary/use-trip-format';
import { placeQuery } from '@/components/trip/place-query';
import { useMustSee } from '@/components/trip/use-must-see';
import { Link, useRouter } from '@/i18n/navigation';
import type { Interest } from '@/lib/data/schema';
import type { Locale } from '@/lib/i18n/locale';
import { MAX_DAYS } from '@/lib/planner/request';
import type { TripDateWindow } from '@/lib/planner/trip-dates';
import { invalidFields } from './invalid-fields';
import { BUDGETS, INTERESTS, MIN_DAYS, PACES, toPlanSearch, type PlanField, type PlanFormValues } from '@/lib/trip-query/plan-query';

export interface PlannerDestination {
  slug: string;
  name: string;
}

interface PlannerFormProps {
  locale: Locale;
  direction: Direction;
  /** The destinations of the direction, in catalog order. */
  destinations: readonly PlannerDestination[];
  initial: PlanFormValues;
  /** The start dates the server accepts for a new trip. */
  dateWindow: TripDateWindow;
}

/**
 * The trip planner: dates, days, destinations, travellers, pace, budget, interests and must-see
 * places, with defaults that make one click enough. Submitting opens the plan page, whose URL holds
 * the request and which plans on the server; the form only checks the request's shape first, so
 * those mistakes are shown beside their inputs without a round trip (the plan page reports the rest).
 * Without JavaScript the form submits to the same URL natively.
 */
export function PlannerForm({ locale, direction, destinations, initial, dateWindow }: PlannerFormProps) {
  const t = useTranslations('Planner');
  const tripFormat = useTripFormat();
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<PlanFormValues>(initial);
  const [skippedMustSee, setSkippedMustSee] = useState<ReadonlySet<string>>(() => new Set());
  const [navigating, startNavigation] = useTransition();

  // Must-see places: the ones saved in the explorer plus any the URL brought, named via /api/places.
  const saved = useMustSee();
  const candidateIds = useMemo(() => [...new Set([...saved.ids, ...initial.mustSee])], [saved.ids, initial.mustSee]);
  const placeResults = useQueries({ queries: candidateIds.map((placeId) => placeQuery(placeId)) });
  const slugs = destinations.map((d) => d.slug);
  const mustSeeOptions = candidateIds.flatMap((placeId, index) => {
    const data = placeResults[index]?.data;
    return data && slugs.includes(data.destination) ? [{ id: placeId, name: data.place.name[locale], destination: data.destination }] : [];
  });
  const mustSeeLoading = placeResults.some((r) => r.isPending);
  const chosenMustSee = mustSeeOptions.filter((o) => !skippedMustSee.has(o.id)).map((o) => o.id);

  const [failedFields, setFailedFields] = useState<readonly PlanField[]>([]);
  const hasFieldErrors = failedFields.some((f) => f !== 'form');
  const invalid = (field: PlanField) => failedFields.includes(field);

  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const toggle = <T extends string>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (navigating) return;
    const trip = { ...values, mustSee: chosenMustSee };
    const failed = invalidFields(trip, locale, dateWindow);
    setFailedFields(failed);
    if (failed.length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    // Inside a transition the router keeps `navigating` true until the plan page has rendered.
    startNavigation(() => router.push(`/plan?${toPlanSearch(trip)}`));
  }

  const errorId = (field: PlanField) => `${id}-${field}-error`;
  const fieldError = (field: PlanField): ReactNode =>
    invalid(field) ? (
      <p className="field__error" id={errorId(field)}>
        <span aria-hidden="true">! </span>
        {t(`errors.${field}`, { min: MIN_DAYS, max: MAX_DAYS, ...dateWindow })}
      </p>
    ) : null;
  const describedBy = (field: PlanField, hint?: string) => [hint, invalid(field) ? errorId(field) : undefined].filter(Boolean).join(' ') || undefined;

  const validStart = /^\d{4}-\d{2}-\d{2}$/.test(values.startDate) && !Number.isNaN(Date.parse(values.startDate));

  return (
    <form ref={formRef} className="planner" action={`/${locale}/plan`} method="get" noValidate onSubmit={submit} aria-labelledby="plan-heading" aria-busy={navigating}>
      <input type="hidden" name="direction" value={direction} />

      <div className="planner__grid">
        <div className={`field${invalid('startDate') ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-start`}>
            {t('startDate')}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="date"
            name="start"
            value={values.startDate}
            min={dateWindow.earliest}
            max={dateWindow.latest}
            onChange={(e) => set('startDate', e.target.value)}
            aria-invalid={invalid('startDate')}
            aria-describedby={describedBy('startDate')}
          />
          {fieldError('startDate')}
        </div>

        <div className={`field${invalid('days') ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-days`}>
            {t('days')}
          </label>
          <div className="stepper">
            <button type="button" className="stepper__button" onClick={() => set('days', Math.max(MIN_DAYS, values.days - 1))} aria-label={t('fewerDays')}>
              −
            </button>
            <input
              id={`${id}-days`}
              className="input stepper__input"
              type="number"
              name="days"
              inputMode="numeric"
              min={MIN_DAYS}
              max={MAX_DAYS}
              value={Number.isNaN(values.days) ? '' : values.days}
              onChange={(e) => set('days', e.target.valueAsNumber)}
              aria-invalid={invalid('days')}
              aria-describedby={describedBy('days', `${id}-days-hint`)}
            />
            <button type="button" className="stepper__button" onClick={() => set('days', Math.min(MAX_DAYS, (values.days || 0) + 1))} aria-label={t('moreDays')}>
              +
            </button>
          </div>
          <p className="field__hint" id={`${id}-days-hint`}>
            {t('daysHint')}
          </p>
          {fieldError('days')}
        </div>

        <fieldset className={`field field--travellers${invalid('travellers') ? ' field--invalid' : ''}`} aria-describedby={describedBy('travellers')}>
          <legend className="field__label">{t('travellers')}</legend>
          <div className="field__pair">
            <label className="field__sub">
              <span>{t('adults')}</span>
              <input className="input" type="number" name="adults" min={1} max={20} value={Number.isNaN(values.adults) ? '' : values.adults} onChange={(e) => set('adults', e.target.valueAsNumber)} aria-invalid={invalid('travellers')} />
            </label>
            <label className="field__sub">
              <span>{t('children')}</span>
              <input className="input" type="number" name="children" min={0} max={20} value={Number.isNaN(values.children) ? '' : values.children} onChange={(e) => set('children', e.target.valueAsNumber)} />
            </label>
          </div>
          {fieldError('travellers')}
        </fieldset>
      </div>

      <fieldset className={`field${invalid('destinations') ? ' field--invalid' : ''}`} aria-describedby={describedBy('destinations', `${id}-dest-hint`)}>
        <legend className="field__label">{t('destinations')}</legend>
        <p className="field__hint" id={`${id}-dest-hint`}>
          {t('destinationsHint')}
        </p>
        <div className="choice-row">
          {destinations.map((d) => (
            <label key={d.slug} className="choice">
              <input type="checkbox" name="dest" value={d.slug} checked={values.destinations.includes(d.slug)} onChange={() => set('destinations', toggle(values.destinations, d.slug))} aria-invalid={invalid('destinations')} />
              <span className="choice__box">{d.name}</span>
            </label>
          ))}
        </div>
        {fieldError('destinations')}
      </fieldset>

      <div className="planner__grid planner__grid--two">
        <fieldset className={`field${invalid('pace') ? ' field--invalid' : ''}`}>
          <legend className="field__label">{t('pace')}</legend>
          <div className="segmented">
            {PACES.map((pace) => (
              <label key={pace} className="segmented__option">
                <input type="radio" name="pace" value={pace} checked={values.pace === pace} onChange={() => set('pace', pace)} />
                <span className="segmented__box">
                  <strong>{t(`paces.${pace}.label`)}</strong>
                  <small>{t(`paces.${pace}.hint`)}</small>
                </span>
              </label>
            ))}
          </div>
          {fieldError('pace')}
        </fieldset>

        <fieldset className={`field${invalid('budget') ? ' field--invalid' : ''}`}>
          <legend className="field__label">{t('budget')}</legend>
          <div className="segmented">
            {BUDGETS.map((budget) => (
              <label key={budget} className="segmented__option">
                <input type="radio" name="budget" value={budget} checked={values.budget === budget} onChange={() => set('budget', budget)} />
                <span className="segmented__box">
                  <strong>{t(`budgets.${budget}.label`)}</strong>
                  <small>{t(`budgets.${budget}.hint`)}</small>
                </span>
              </label>
            ))}
          </div>
          {fieldError('budget')}
        </fieldset>
      </div>

      <fieldset className={`field${invalid('interests') ? ' field--invalid' : ''}`} aria-describedby={`${id}-interests-hint`}>
        <legend className="field__label">{t('interests')}</legend>
        <p className="field__hint" id={`${id}-interests-hint`}>
          {t('interestsHint')}
        </p>
        <div className="choice-row">
          {INTERESTS.map((interest: Interest) => (
            <label key={interest} className="choice choice--chip">
              <input type="checkbox" name="like" value={interest} checked={values.likes.includes(interest)} onChange={() => set('likes', toggle(values.likes, interest))} />
              <span className="choice__box">{t(`interestNames.${interest}`)}</span>
            </label>
          ))}
        </div>
        {fieldError('interests')}
      </fieldset>

      <fieldset className={`field${invalid('mustSee') ? ' field--invalid' : ''}`} aria-describedby={`${id}-must-hint`}>
        <legend className="field__label">{t('mustSee')}</legend>
        <p className="field__hint" id={`${id}-must-hint`} data-testid="must-see-count">
          {mustSeeOptions.length > 0 ? t('mustSeeHint', { count: chosenMustSee.length }) : null}
          {mustSeeOptions.length === 0 && !mustSeeLoading ? t('mustSeeEmpty') : null}
          {mustSeeOptions.length === 0 && mustSeeLoading ? t('mustSeeLoading') : null}{' '}
          <Link href="/destinations">{t('browsePlaces')}</Link>
        </p>
        {mustSeeOptions.length > 0 ? (
          <div className="choice-row">
            {mustSeeOptions.map((option) => (
              <label key={option.id} className="choice choice--chip">
                <input
                  type="checkbox"
                  name="must"
                  value={option.id}
                  checked={!skippedMustSee.has(option.id)}
                  onChange={() => setSkippedMustSee((s) => new Set(toggle([...s], option.id)))}
                  aria-invalid={invalid('mustSee')}
                />
                <span className="choice__box">
                  <span aria-hidden="true">★ </span>
                  {option.name}
                </span>
              </label>
            ))}
          </div>
        ) : null}
        {fieldError('mustSee')}
      </fieldset>

      <div className="planner__submit">
        <p className="planner__summary">
          {t('summary', {
            days: Number.isFinite(values.days) ? values.days : 0,
            start: validStart ? tripFormat.date(values.startDate) : '—',
            count: values.destinations.length,
            pace: t(`paces.${values.pace}.label`),
          })}
        </p>
        <button type="submit" className="button button--large" aria-disabled={navigating} data-testid="plan-submit">
          {navigating ? <span className="spinner" aria-hidden="true" /> : null}
          {navigating ? t('planning') : t('submit')}
        </button>
      </div>
      <div className="planner__status" role="status" aria-live="polite">
        {navigating ? (
          <div className="progress" data-testid="plan-progress">
            <span className="progress__bar" />
            <span className="progress__text">{t('planningDetail')}</span>
          </div>
        ) : null}
      </div>
      {failedFields.length > 0 && !navigating ? (
        <p className="planner__alert" role="alert">
          {hasFieldErrors ? t('fixFields') : t('errors.form')}
        </p>
      ) : null}
    </form>
  );
}

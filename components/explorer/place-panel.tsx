'use client';

import { useTranslations } from 'next-intl';
import { forwardRef } from 'react';
import { CATEGORY_COLORS } from './category-colors';
import type { ExplorerPlace } from './explorer-types';
import { usePlaceFormat } from './use-place-format';

interface PlacePanelProps {
  place: ExplorerPlace;
  number: number;
  onMustSee: boolean;
  onToggleMustSee: () => void;
  onClose: () => void;
}

/** Everything a traveller needs to decide on one place, in the page language. */
export const PlacePanel = forwardRef<HTMLElement, PlacePanelProps>(function PlacePanel({ place, number, onMustSee, onToggleMustSee, onClose }, ref) {
  const t = useTranslations('Place');
  const te = useTranslations('Explorer');
  const tc = useTranslations('Categories');
  const format = usePlaceFormat();

  return (
    <article className="place-panel" ref={ref} aria-labelledby={`place-${place.id}-title`} tabIndex={-1}>
      <header className="place-panel__header">
        <span className="place-panel__badge" style={{ background: CATEGORY_COLORS[place.category] }} aria-hidden="true">
          {number}
        </span>
        <div className="place-panel__heading">
          <p className="place-panel__category">{tc(place.category)}</p>
          <h3 id={`place-${place.id}-title`} className="place-panel__title">
            {place.name}
          </h3>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={te('closePanel')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="place-panel__description">{place.description}</p>

      <dl className="facts">
        <div className="facts__row facts__row--wide">
          <dt>{t('address')}</dt>
          <dd>
            {place.address}
            {place.approximateLocation ? <p className="facts__note">{t('approximateLocation')}</p> : null}
          </dd>
        </div>
        <div className="facts__row facts__row--wide">
          <dt>{t('openingHours')}</dt>
          <dd>
            {place.week ? (
              <table className="hours">
                <tbody>
                  {format.weekRows(place.week).map((row) => (
                    <tr key={row.days}>
                      <th scope="row">{row.days}</th>
                      <td>{row.hours}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              t('hoursUnknown')
            )}
            {place.closedOnPublicHolidays ? <p className="facts__note">{t('publicHolidaysClosed')}</p> : null}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('fee')}</dt>
          <dd>
            {place.fee.kind === 'free' ? t('free') : null}
            {place.fee.kind === 'pass' ? t('pass', { pass: place.fee.passName }) : null}
            {place.fee.kind === 'ticket' ? (
              <>
                {t('adult', { price: format.money(place.fee.adult) })}
                {place.fee.child ? <>, {t('child', { price: format.money(place.fee.child) })}</> : null}
                {place.fee.note ? <p className="facts__note">{place.fee.note}</p> : null}
              </>
            ) : null}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('visitLength')}</dt>
          <dd>{format.duration(place.visitMinutes)}</dd>
        </div>
        {place.bestTime ? (
          <div className="facts__row">
            <dt>{t('bestTime')}</dt>
            <dd>{t(`bestTimes.${place.bestTime}`)}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{t('booking')}</dt>
          <dd>
            {place.booking.required ? t('bookingRequired') : t('bookingNotRequired')}
            {place.booking.note ? <p className="facts__note">{place.booking.note}</p> : null}
          </dd>
        </div>
      </dl>

      <button type="button" className={onMustSee ? 'button button--secondary' : 'button'} onClick={onToggleMustSee}>
        <span aria-hidden="true">{onMustSee ? '★' : '☆'}</span> {onMustSee ? te('removeMustSee') : te('addMustSee')}
      </button>
    </article>
  );
});

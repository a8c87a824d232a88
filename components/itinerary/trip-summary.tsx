'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { DisplayCurrency, UsdRates } from './itinerary-types';
import { useTripFormat } from './use-trip-format';

const CURRENCIES: readonly DisplayCurrency[] = ['USD', 'KRW', 'KHR'];

interface TripSummaryProps {
  itinerary: LocalizedItinerary;
  rates: UsdRates;
  currency: DisplayCurrency;
  onCurrency: (currency: DisplayCurrency) => void;
}

/** Days, places and distance, and the estimated cost with its breakdown in USD, KRW or KHR. */
export function TripSummary({ itinerary, rates, currency, onCurrency }: TripSummaryProps) {
  const t = useTranslations('Itinerary');
  const format = useTripFormat();
  const id = useId();
  const { summary, costs } = itinerary;
  const rate = currency === 'USD' ? 1 : rates[currency];
  const total = currency === 'USD' ? costs.totalUsd : currency === 'KRW' ? costs.totalKrw : costs.totalKhr;
  const money = (amount: number) => format.currency(currency === 'USD' ? amount : Math.round(amount), currency);

  return (
    <section className="trip-summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('summaryHeading')}
      </h2>
      <dl className="stats">
        <div className="stats__item">
          <dt>{t('statDays')}</dt>
          <dd>{format.count(summary.days)}</dd>
        </div>
        <div className="stats__item">
          <dt>{t('statPlaces')}</dt>
          <dd data-testid="summary-places">{format.count(summary.places)}</dd>
        </div>
        <div className="stats__item">
          <dt>{t('statDistance')}</dt>
          <dd>{format.km(summary.distanceKm)}</dd>
        </div>
        {summary.flightKm ? (
          <div className="stats__item">
            <dt>{t('statFlights')}</dt>
            <dd>{format.km(summary.flightKm)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="costs">
        <div className="costs__head">
          <h3 className="costs__title">{t('costHeading')}</h3>
          <fieldset className="currency-switch">
            <legend className="visually-hidden">{t('currencyLabel')}</legend>
            {CURRENCIES.map((code) => (
              <label key={code} className="currency-switch__option">
                <input type="radio" name={`${id}-currency`} value={code} checked={currency === code} onChange={() => onCurrency(code)} />
                <span>{code}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <p className="costs__total" data-testid="cost-total">
          {money(total)}
        </p>
        <p className="costs__for">{t('costFor', { adults: itinerary.request.travellers.adults, children: itinerary.request.travellers.children })}</p>
        <details className="costs__details">
          <summary>{t('costBreakdown')}</summary>
          <table className="costs__table">
            <tbody>
              {costs.lines.map((line) => (
                <tr key={line.kind}>
                  <th scope="row">{t(`costKinds.${line.kind}`)}</th>
                  <td>{money(line.usd * rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="costs__note">{t('ratesNote', { date: format.date(costs.ratesAsOf) })}</p>
        </details>
      </div>
    </section>
  );
}

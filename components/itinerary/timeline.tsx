'use client';

import { useTranslations } from 'next-intl';
import type { CSSProperties, ReactNode } from 'react';
import type { ExplorerFee } from '@/components/explorer/explorer-types';
import type { LocalizedDay, LocalizedItem } from '@/lib/i18n/localize-itinerary';
import { dayColor } from './day-colors';
import type { TripDestination, VisitPlaceInfo } from './itinerary-types';
import { dayShift, minutesBetween, useTripFormat } from './use-trip-format';

interface TimelineProps {
  days: readonly LocalizedDay[];
  places: Readonly<Record<string, VisitPlaceInfo>>;
  destinations: readonly TripDestination[];
  selectedId: string | null;
  onSelect: (placeId: string) => void;
  /** Extra controls under each visit (the edit page's remove / move / pin / reorder). */
  visitActions?: (visit: TimelineVisit) => ReactNode;
}

/** A visit as the edit controls see it: its place, its day, and the order of that day's visits. */
export interface TimelineVisit {
  placeId: string;
  name: string;
  dayNumber: number;
  /** 0-based position among the day's visits. */
  index: number;
  /** The day's visits in order (place ids). */
  dayPlaceIds: readonly string[];
}

type Format = ReturnType<typeof useTripFormat>;

/** The DOM id of a visit's row, for scrolling it into view when its marker is chosen. */
export function visitRowId(placeId: string): string {
  return `visit-${placeId}`;
}

/**
 * The day-by-day timeline: the map's text alternative. Visits are numbered per day like their map
 * pins; choosing a visit's name selects its pin. Local legs between stops appear as connectors with
 * the mode and time to the next stop; flights show both local times with their zones.
 */
export function Timeline({ days, places, destinations, selectedId, onSelect, visitActions }: TimelineProps) {
  return (
    <div className="timeline">
      {days.map((day) => (
        <TimelineDay key={day.dayNumber} day={day} places={places} destinations={destinations} selectedId={selectedId} onSelect={onSelect} visitActions={visitActions} />
      ))}
    </div>
  );
}

function TimelineDay({ day, places, destinations, selectedId, onSelect, visitActions }: Omit<TimelineProps, 'days'> & { day: LocalizedDay }) {
  const t = useTranslations('Itinerary');
  const format = useTripFormat();
  const color = dayColor(day.dayNumber);
  const destination = destinations.find((d) => d.slug === day.destination);
  // Visits are numbered in visit order, like their pins on the map.
  const numbers = new Map<number, number>();
  day.items.forEach((item, index) => {
    if (item.type === 'visit' && item.placeId) numbers.set(index, numbers.size + 1);
  });
  const headingId = `day-${day.dayNumber}-heading`;
  const dayPlaceIds = day.items.flatMap((item) => (item.type === 'visit' && item.placeId ? [item.placeId] : []));

  return (
    <section className="timeline-day" aria-labelledby={headingId} style={{ '--day-color': color } as CSSProperties}>
      <header className="timeline-day__header">
        <h3 id={headingId} className="timeline-day__title">
          <span className="timeline-day__swatch" aria-hidden="true" />
          {t('dayTitle', { day: day.dayNumber, date: format.date(day.date) })}
        </h3>
        <p className="timeline-day__meta">
          {destination ? destination.name : t('travelDay')}
          <span aria-hidden="true"> · </span>
          {day.stay.kind === 'in_flight' ? t('nightInFlight') : day.stay.kind === 'home' ? t('nightHome', { place: day.stay.name }) : t('nightAt', { place: day.stay.name })}
        </p>
      </header>
      {day.items.length === 0 ? (
        <p className="timeline-day__empty">{t('emptyDay')}</p>
      ) : (
        <ol className="timeline__items">
          {day.items.map((item, index) => {
            const key = `${item.type}-${item.start}-${index}`;
            if (item.type === 'visit' && item.placeId) {
              const number = numbers.get(index) ?? 0;
              const actions = visitActions?.({ placeId: item.placeId, name: item.name, dayNumber: day.dayNumber, index: number - 1, dayPlaceIds });
              return <VisitItem key={key} item={item} placeId={item.placeId} number={number} info={places[item.placeId]} selected={selectedId === item.placeId} onSelect={onSelect} format={format} actions={actions} />;
            }
            if (item.type === 'travel' && !item.fromHub) return <Connector key={key} item={item} format={format} />;
            if (item.type === 'flight') return <FlightItem key={key} item={item} format={format} />;
            if (item.type === 'transfer' || item.type === 'travel') return <TransportItem key={key} item={item} format={format} />;
            return <SmallItem key={key} item={item} format={format} />;
          })}
        </ol>
      )}
    </section>
  );
}

function TimeColumn({ item, format, showEnd = true }: { item: LocalizedItem; format: Format; showEnd?: boolean }) {
  return (
    <p className="tl-item__time">
      <time dateTime={item.start}>{format.clock(item.start)}</time>
      {showEnd ? (
        <>
          <span className="visually-hidden"> – </span>
          <time dateTime={item.end} className="tl-item__end">
            {format.clock(item.end)}
          </time>
        </>
      ) : null}
    </p>
  );
}

function useFeeText() {
  const t = useTranslations('Place');
  const format = useTripFormat();
  return (fee: ExplorerFee) => {
    if (fee.kind === 'free') return t('free');
    if (fee.kind === 'pass') return t('pass', { pass: fee.passName });
    return t('adult', { price: format.money(fee.adult) });
  };
}

function VisitItem({ item, placeId, number, info, selected, onSelect, format, actions }: { item: LocalizedItem; placeId: string; number: number; info?: VisitPlaceInfo; selected: boolean; onSelect: (id: string) => void; format: Format; actions?: ReactNode }) {
  const t = useTranslations('Itinerary');
  const tp = useTranslations('Place');
  const tc = useTranslations('Categories');
  const feeText = useFeeText();
  let hours: string = tp('hoursUnknown');
  if (info?.hours) {
    if (info.hours.length === 0) hours = tp('closed');
    else if (info.hours.length === 1 && info.hours[0]?.[0] === 0 && info.hours[0]?.[1] === 1440) hours = tp('openAllDay');
    else hours = info.hours.map(([s, e]) => `${format.minuteOfDay(s)} – ${format.minuteOfDay(e)}`).join(', ');
  }
  return (
    <li className={`tl-item tl-item--visit${selected ? ' tl-item--selected' : ''}`} id={visitRowId(placeId)} data-testid="timeline-visit">
      <TimeColumn item={item} format={format} />
      <span className="tl-item__badge" aria-hidden="true">
        {number}
      </span>
      <div className="tl-item__body">
        <button type="button" className="tl-item__name" aria-pressed={selected} onClick={() => onSelect(placeId)}>
          <span className="visually-hidden">{`${number}.`}</span> {item.name}
        </button>
        <p className="tl-item__meta">
          {info ? <>{tc(info.category)} · </> : null}
          {t('stayFor', { duration: format.duration(minutesBetween(item.start, item.end)) })}
        </p>
        {item.note ? <p className="tl-item__note">{item.note}</p> : null}
        {info ? <p className="tl-item__description">{info.description}</p> : null}
        <dl className="tl-facts">
          <div>
            <dt>{tp('openingHours')}</dt>
            <dd>{hours}</dd>
          </div>
          {info ? (
            <div>
              <dt>{tp('fee')}</dt>
              <dd>
                {feeText(info.fee)}
                {item.cost && item.cost.amount > 0 ? <> · {t('forGroup', { price: format.currency(item.cost.amount, item.cost.currency) })}</> : null}
              </dd>
            </div>
          ) : null}
          {info?.bookingRequired ? (
            <div>
              <dt>{tp('booking')}</dt>
              <dd>{tp('bookingRequired')}</dd>
            </div>
          ) : null}
        </dl>
        {actions}
      </div>
    </li>
  );
}

function Connector({ item, format }: { item: LocalizedItem; format: Format }) {
  const t = useTranslations('Itinerary');
  const tm = useTranslations('Modes');
  const minutes = minutesBetween(item.start, item.end);
  return (
    <li className="tl-connector">
      <span className="tl-connector__line" aria-hidden="true" />
      <p className="tl-connector__text">
        <span className="tl-connector__mode">{item.mode ? tm(item.mode) : t('travel')}</span>
        {' · '}
        {t('toNextStop', { duration: format.duration(minutes) })}
        {item.distanceKm ? <> · {format.km(item.distanceKm)}</> : null}
        {item.cost && item.cost.amount > 0 ? <> · {format.currency(item.cost.amount, item.cost.currency)}</> : null}
      </p>
    </li>
  );
}

function FlightItem({ item, format }: { item: LocalizedItem; format: Format }) {
  const t = useTranslations('Itinerary');
  const shift = dayShift(item.start, item.end);
  return (
    <li className="tl-item tl-item--flight" data-testid="timeline-flight">
      <TimeColumn item={item} format={format} showEnd={false} />
      <span className="tl-item__badge tl-item__badge--icon" aria-hidden="true">
        ✈
      </span>
      <div className="tl-item__body">
        <h4 className="tl-item__title">{item.name}</h4>
        <dl className="tl-flight">
          <div>
            <dt>{t('departs')}</dt>
            <dd>
              <time dateTime={item.start}>{format.clock(item.start)}</time> <span className="tl-zone">{format.zone(item.start)}</span>
            </dd>
          </div>
          <div>
            <dt>{t('arrives')}</dt>
            <dd>
              <time dateTime={item.end}>{format.clock(item.end)}</time> <span className="tl-zone">{format.zone(item.end)}</span>
              {shift > 0 ? (
                <sup className="tl-next-day" title={t('nextDay')}>
                  +{shift}
                  <span className="visually-hidden"> {t('nextDay')}</span>
                </sup>
              ) : null}
            </dd>
          </div>
        </dl>
        <p className="tl-item__meta">
          {t('flightTime', { duration: format.duration(minutesBetween(item.start, item.end)) })}
          {item.cost ? <> · {t('forGroup', { price: format.currency(item.cost.amount, item.cost.currency) })}</> : null}
        </p>
        {item.note ? <p className="tl-item__note">{item.note}</p> : null}
      </div>
    </li>
  );
}

function TransportItem({ item, format }: { item: LocalizedItem; format: Format }) {
  const t = useTranslations('Itinerary');
  const tm = useTranslations('Modes');
  return (
    <li className="tl-item tl-item--transport">
      <TimeColumn item={item} format={format} />
      <span className="tl-item__badge tl-item__badge--icon" aria-hidden="true">
        ⇢
      </span>
      <div className="tl-item__body">
        <h4 className="tl-item__title">{item.name}</h4>
        <p className="tl-item__meta">
          {item.mode ? <>{tm(item.mode)} · </> : null}
          {format.duration(minutesBetween(item.start, item.end))}
          {item.distanceKm ? <> · {format.km(item.distanceKm)}</> : null}
          {item.cost && item.cost.amount > 0 ? <> · {t('forGroup', { price: format.currency(item.cost.amount, item.cost.currency) })}</> : null}
        </p>
        {item.note ? <p className="tl-item__note tl-item__note--plain">{item.note}</p> : null}
      </div>
    </li>
  );
}

function SmallItem({ item, format }: { item: LocalizedItem; format: Format }) {
  const t = useTranslations('Itinerary');
  return (
    <li className={`tl-item tl-item--small tl-item--${item.type}`}>
      <TimeColumn item={item} format={format} />
      <span className="tl-item__badge tl-item__badge--dot" aria-hidden="true" />
      <div className="tl-item__body">
        <p className="tl-item__title">
          {item.name}
          <span className="tl-item__meta">
            {' · '}
            {format.duration(minutesBetween(item.start, item.end))}
            {item.cost && item.cost.amount > 0 ? <> · {t('forGroup', { price: format.currency(item.cost.amount, item.cost.currency) })}</> : null}
          </span>
        </p>
      </div>
    </li>
  );
}

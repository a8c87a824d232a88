'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { ExportMenu } from '@/components/export/export-menu';
import { LazyMapView } from '@/components/map/lazy-map-view';
import { Link } from '@/i18n/navigation';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { dayColor } from './day-colors';
import { itineraryMapLayers } from './itinerary-map-data';
import type { DisplayCurrency, TripDestination, UsdRates, VisitPlaceInfo } from './itinerary-types';
import { SaveShareButton } from './save-share-button';
import { ShareButton } from './share-button';
import { Timeline, visitRowId, type TimelineVisit } from './timeline';
import { TripNotes } from './trip-notes';
import { TripSummary } from './trip-summary';
import { useTripFormat } from './use-trip-format';

interface ItineraryViewProps {
  itinerary: LocalizedItinerary;
  places: Readonly<Record<string, VisitPlaceInfo>>;
  destinations: readonly TripDestination[];
  rates: UsdRates;
  /** The plan's query string (without "?"): the request, for "Change trip". Saved plans have none. */
  query?: string;
  /** Replaces the header's actions (copy link, save & share, change trip); saved plans bring their own. */
  actions?: ReactNode;
  /** Extra controls under each visit of the timeline (the edit page). */
  visitActions?: (visit: TimelineVisit) => ReactNode;
  /** Shown between the overview and the day-by-day plan (the edit page's panels). */
  children?: ReactNode;
}

const NARROW = '(max-width: 959px)';

function subscribeNarrow(onChange: () => void) {
  const list = window.matchMedia(NARROW);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True on phones and narrow tablets, where the timeline and the map take turns (tabs). */
function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

const DEFAULT_CURRENCY: Record<string, DisplayCurrency> = { en: 'USD', ko: 'KRW', km: 'USD' };

/**
 * A planned trip: header, summary and notes, then a day picker over the timeline beside the map.
 * The timeline and the map show the same stops with the same numbers and colours; selecting in
 * either selects in both. On narrow screens they become two tabs.
 */
export function ItineraryView({ itinerary, places, destinations, rates, query, actions, visitActions, children }: ItineraryViewProps) {
  const t = useTranslations('Itinerary');
  const th = useTranslations('Home.directions');
  const locale = useLocale();
  const format = useTripFormat();
  const narrow = useNarrow();
  const [day, setDay] = useState<number | 'all'>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tab, setTab] = useState<'timeline' | 'map'>('timeline');
  const [currency, setCurrency] = useState<DisplayCurrency>(DEFAULT_CURRENCY[locale] ?? 'USD');
  const { summary, request } = itinerary;

  // Paper gets the whole trip: every day, as a timeline (synchronously, before the print layout).
  useEffect(() => {
    const showAll = () =>
      flushSync(() => {
        setDay('all');
        setTab('timeline');
      });
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);

  const shownDays = useMemo(() => (day === 'all' ? itinerary.days : itinerary.days.filter((d) => d.dayNumber === day)), [day, itinerary.days]);
  const { markers, polylines } = useMemo(
    () =>
      itineraryMapLayers(shownDays, itinerary.days, {
        visit: (dayNumber, number, name) => t('markerTitle', { day: dayNumber, number, name }),
        stay: (name) => t('nightAt', { place: name }),
      }),
    [shownDays, itinerary.days, t],
  );
  const selectableIds = useMemo(() => new Set(markers.filter((m) => m.variant !== 'stay').map((m) => m.id)), [markers]);
  const selected = selectedId && selectableIds.has(selectedId) ? selectedId : null;
  const fallbackDestination = destinations.find((d) => d.slug === shownDays[0]?.destination) ?? destinations[0];
  const fallbackCenter = fallbackDestination?.center ?? { lat: 12.5, lon: 104.9 };

  const chooseDay = (next: number | 'all') => {
    setDay(next);
    setSelectedId(null);
  };
  const selectFromTimeline = useCallback((id: string) => setSelectedId((current) => (current === id ? null : id)), []);
  const selectFromMap = useCallback(
    (id: string) => {
      if (!selectableIds.has(id)) return;
      setSelectedId(id);
      requestAnimationFrame(() => document.getElementById(visitRowId(id))?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }));
    },
    [selectableIds],
  );
  const selectedItem = selected ? shownDays.flatMap((d) => d.items).find((i) => i.type === 'visit' && i.placeId === selected) : undefined;

  const directionTitle = summary.direction === 'KR_TO_KH' ? th('toCambodia.title') : th('toKorea.title');
  const showTimeline = !narrow || tab === 'timeline';
  const showMap = !narrow || tab === 'map';

  return (
    <div className="container page page--itinerary">
      {query !== undefined ? (
        <nav className="breadcrumb" aria-label={t('breadcrumb')}>
          <Link href={`/?${query}#plan`}>← {t('changeTrip')}</Link>
        </nav>
      ) : null}
      <header className="itinerary-header">
        <div className="itinerary-header__text">
          <p className="page__eyebrow">{directionTitle}</p>
          <h1 className="page__title itinerary-header__title">{summary.title}</h1>
          <p className="itinerary-header__meta">
            <span>{format.dateRange(summary.startDate, summary.endDate)}</span>
            <span>{t('travellers', { adults: request.travellers.adults, children: request.travellers.children })}</span>
            <span>{t(`pace.${request.pace}`)}</span>
          </p>
        </div>
        <div className="itinerary-header__actions">
          {actions ?? (
            <>
              <ShareButton />
              <ExportMenu source={{ kind: 'request', request }} />
              <SaveShareButton request={itinerary.request} />
              {query !== undefined ? (
                <Link href={`/?${query}#plan`} className="button button--secondary">
                  {t('changeTrip')}
                </Link>
              ) : null}
            </>
          )}
        </div>
      </header>

      <div className="itinerary-overview">
        <TripSummary itinerary={itinerary} rates={rates} currency={currency} onCurrency={setCurrency} />
        <TripNotes warnings={itinerary.warnings} />
      </div>

      {children}

      <h2 className="section__title itinerary__plan-title">{t('planHeading')}</h2>
      <div className="day-picker" role="group" aria-label={t('dayPickerLabel')}>
        <button type="button" className="day-chip" aria-pressed={day === 'all'} onClick={() => chooseDay('all')} data-testid="day-all">
          <span className="day-chip__title">{t('allDays')}</span>
          <span className="day-chip__date">{t('dayCount', { count: itinerary.days.length })}</span>
        </button>
        {itinerary.days.map((d) => (
          <button
            key={d.dayNumber}
            type="button"
            className="day-chip"
            aria-pressed={day === d.dayNumber}
            onClick={() => chooseDay(d.dayNumber)}
            style={{ '--day-color': dayColor(d.dayNumber) } as CSSProperties}
            data-testid={`day-${d.dayNumber}`}
          >
            <span className="day-chip__title">
              <span className="day-chip__swatch" aria-hidden="true" />
              {t('dayShort', { day: d.dayNumber })}
            </span>
            <span className="day-chip__date">{format.date(d.date)}</span>
          </button>
        ))}
      </div>

      {narrow ? (
        <div className="view-tabs" role="tablist" aria-label={t('viewLabel')}>
          <button type="button" role="tab" id="tab-timeline" aria-controls="panel-timeline" aria-selected={tab === 'timeline'} className="view-tabs__tab" onClick={() => setTab('timeline')}>
            {t('timelineTab')}
          </button>
          <button type="button" role="tab" id="tab-map" aria-controls="panel-map" aria-selected={tab === 'map'} className="view-tabs__tab" onClick={() => setTab('map')}>
            {t('mapTab')}
          </button>
        </div>
      ) : null}

      <div className="itinerary__body">
        {showTimeline ? (
          <div className="itinerary__timeline" id="panel-timeline" {...(narrow ? { role: 'tabpanel', 'aria-labelledby': 'tab-timeline' } : {})}>
            <Timeline days={shownDays} places={places} destinations={destinations} selectedId={selected} onSelect={selectFromTimeline} visitActions={visitActions} />
          </div>
        ) : null}
        {showMap ? (
          <div className="itinerary__map" id="panel-map" {...(narrow ? { role: 'tabpanel', 'aria-labelledby': 'tab-map' } : {})}>
            <LazyMapView
              className="itinerary__map-view"
              markers={markers}
              polylines={polylines}
              selectedId={selected}
              onSelect={selectFromMap}
              label={day === 'all' ? t('mapLabelAll') : t('mapLabelDay', { day })}
              fallbackCenter={fallbackCenter}
            />
            <p className="itinerary__map-legend">
              <span className="legend-stay" aria-hidden="true">
                ⌂
              </span>{' '}
              {t('legendStay')} · {t('legendNumbers')}
            </p>
            {selectedItem && narrow ? (
              <div className="selected-stop" aria-live="polite">
                <p className="selected-stop__name">{selectedItem.name}</p>
                <p className="selected-stop__time">
                  {format.clock(selectedItem.start)} – {format.clock(selectedItem.end)}
                </p>
                {selectedItem.placeId && places[selectedItem.placeId] ? <p className="selected-stop__description">{places[selectedItem.placeId]?.description}</p> : null}
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

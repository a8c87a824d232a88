'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PlaceCategory } from '@/lib/data/schema';
import { LazyMapView } from '@/components/map/lazy-map-view';
import type { MapMarker } from '@/components/map/map-types';
import { useMustSee } from '@/components/trip/use-must-see';
import { CATEGORY_COLORS } from './category-colors';
import { CategoryFilter, type CategoryChoice } from './category-filter';
import type { ExplorerPlace } from './explorer-types';
import { PlaceList } from './place-list';
import { PlacePanel } from './place-panel';

interface DestinationExplorerProps {
  destinationName: string;
  center: { lat: number; lon: number };
  places: readonly ExplorerPlace[];
}

/**
 * Map, category chips, list and detail panel of one destination. The list and the map show the
 * same filtered places with the same numbers; selecting in either selects in both.
 */
export function DestinationExplorer({ destinationName, center, places }: DestinationExplorerProps) {
  const t = useTranslations('Explorer');
  const td = useTranslations('Destinations');
  const mustSee = useMustSee();
  const [category, setCategory] = useState<CategoryChoice>('all');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);

  const counts = useMemo(() => {
    const byCategory = new Map<PlaceCategory, number>();
    for (const place of places) byCategory.set(place.category, (byCategory.get(place.category) ?? 0) + 1);
    return [...byCategory].map(([c, count]) => ({ category: c, count }));
  }, [places]);

  const visible = useMemo(() => (category === 'all' ? places : places.filter((p) => p.category === category)), [places, category]);
  const selectedIndex = visible.findIndex((p) => p.id === selectedId);
  const selected = selectedIndex >= 0 ? visible[selectedIndex] : undefined;

  const markers = useMemo<MapMarker[]>(
    () => visible.map((place, index) => ({ id: place.id, lat: place.lat, lon: place.lon, label: String(index + 1), color: CATEGORY_COLORS[place.category], title: `${index + 1}. ${place.name}` })),
    [visible],
  );

  const selectFromList = useCallback((id: string) => {
    setSelectedId(id);
    // On a phone the panel sits between the map and the list: bring it into view.
    requestAnimationFrame(() => panelRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }));
  }, []);

  return (
    <div className="explorer">
      <div className="explorer__toolbar">
        <CategoryFilter counts={counts} total={places.length} value={category} onChange={setCategory} />
        <p className="explorer__status" aria-live="polite">
          <span>{t('showing', { count: visible.length })}</span>
          <span className="explorer__must-see" data-testid="must-see-count">
            <span aria-hidden="true">★ </span>
            {t('mustSeeCount', { count: mustSee.count })}
          </span>
        </p>
      </div>
      <div className="explorer__body">
        <div className="explorer__map-column">
          <LazyMapView
            className="explorer__map"
            markers={markers}
            selectedId={selected?.id ?? null}
            onSelect={setSelectedId}
            label={td('mapLabel', { name: destinationName })}
            fallbackCenter={center}
          />
          {selected ? (
            <PlacePanel
              ref={panelRef}
              place={selected}
              number={selectedIndex + 1}
              onMustSee={mustSee.has(selected.id)}
              onToggleMustSee={() => mustSee.toggle(selected.id)}
              onClose={() => setSelectedId(null)}
            />
          ) : (
            <p className="explorer__prompt">{t('selectPrompt')}</p>
          )}
        </div>
        <div className="explorer__list-column">
          <PlaceList places={visible} selectedId={selected?.id ?? null} onSelect={selectFromList} mustSee={mustSee.has} label={t('listLabel', { name: destinationName })} />
        </div>
      </div>
    </div>
  );
}

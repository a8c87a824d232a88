'use client';

import { useTranslations } from 'next-intl';
import { CATEGORY_COLORS } from './category-colors';
import type { ExplorerPlace } from './explorer-types';
import { usePlaceFormat } from './use-place-format';

interface PlaceListProps {
  places: readonly ExplorerPlace[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  mustSee: (id: string) => boolean;
  label: string;
}

/** The map's text alternative: the same places, same numbers and colours, as buttons. */
export function PlaceList({ places, selectedId, onSelect, mustSee, label }: PlaceListProps) {
  const tc = useTranslations('Categories');
  const t = useTranslations('Explorer');
  const format = usePlaceFormat();
  return (
    <ol className="place-list" aria-label={label}>
      {places.map((place, index) => (
        <li key={place.id}>
          <button type="button" className="place-list__item" aria-pressed={place.id === selectedId} onClick={() => onSelect(place.id)} data-place-id={place.id}>
            <span className="place-list__badge" style={{ background: CATEGORY_COLORS[place.category] }} aria-hidden="true">
              {index + 1}
            </span>
            <span className="place-list__text">
              <span className="place-list__name">{place.name}</span>
              <span className="place-list__meta">
                {tc(place.category)} · {format.duration(place.visitMinutes)}
              </span>
            </span>
            {mustSee(place.id) ? (
              <span className="place-list__star" title={t('onMustSee')}>
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">{t('onMustSee')}</span>
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ol>
  );
}

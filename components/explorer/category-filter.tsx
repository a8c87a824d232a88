'use client';

import { useTranslations } from 'next-intl';
import type { PlaceCategory } from '@/lib/data/schema';
import { CATEGORY_COLORS } from './category-colors';

export type CategoryChoice = PlaceCategory | 'all';

interface CategoryFilterProps {
  /** Categories present at the destination, with how many places each has. */
  counts: readonly { category: PlaceCategory; count: number }[];
  total: number;
  value: CategoryChoice;
  onChange: (value: CategoryChoice) => void;
}

/** Toggle-button chips; one category at a time, or all. */
export function CategoryFilter({ counts, total, value, onChange }: CategoryFilterProps) {
  const t = useTranslations('Explorer');
  const tc = useTranslations('Categories');
  return (
    <div className="chips" role="group" aria-label={t('filterLabel')}>
      <button type="button" className="chip" aria-pressed={value === 'all'} onClick={() => onChange('all')}>
        {t('all')} <span className="chip__count">{total}</span>
      </button>
      {counts.map(({ category, count }) => (
        <button key={category} type="button" className="chip" aria-pressed={value === category} onClick={() => onChange(category)}>
          <span className="chip__dot" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
          {tc(category)} <span className="chip__count">{count}</span>
        </button>
      ))}
    </div>
  );
}

'use client';

import { useQueries } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { Link } from '@/i18n/navigation';
import { localizedText } from '@/lib/data/schema';
import { useMustSee } from './use-must-see';

const placeAnswer = z.object({
  place: z.object({ id: z.string(), name: localizedText }),
  destination: z.string(),
});

async function fetchPlace(id: string) {
  const response = await fetch(`/api/places/${encodeURIComponent(id)}`);
  // A place removed from the catalog since it was saved: show nothing for it rather than an error.
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET /api/places/${id} answered ${response.status}`);
  return placeAnswer.parse(await response.json());
}

/**
 * The saved must-see places, named in the page language (fetched from /api/places/{id}): what the
 * planner form will start from.
 */
export function MustSeeSummary() {
  const t = useTranslations('Explorer');
  const locale = useLocale();
  const mustSee = useMustSee();
  const results = useQueries({ queries: mustSee.ids.map((id) => ({ queryKey: ['place', id], queryFn: () => fetchPlace(id) })) });

  return (
    <div className="must-see-summary">
      <p className="must-see-summary__count" data-testid="must-see-count">
        <span aria-hidden="true">★ </span>
        {t('mustSeeCount', { count: mustSee.count })}
      </p>
      {mustSee.count > 0 ? (
        <ul className="must-see-summary__list">
          {mustSee.ids.map((id, index) => {
            const data = results[index]?.data;
            if (data === null) return null;
            return (
              <li key={id} className="must-see-summary__item">
                {data ? <Link href={`/destinations/${data.destination}`}>{data.place.name[locale]}</Link> : <span className="skeleton-text" aria-hidden="true" />}
                <button type="button" className="icon-button" onClick={() => mustSee.remove(id)} aria-label={t('removeMustSee')}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

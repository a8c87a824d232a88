import { useTranslations } from 'next-intl';
import { MIN_DAYS, type PlanField } from '@/lib/trip-query/plan-query';
import { Link } from '@/i18n/navigation';
import type { TripDateWindow } from '@/lib/planner/trip-dates';
import { MAX_DAYS } from '@/lib/planner/request';

/** The plan page's answer to a request it cannot plan: what to fix, and the way back to the form. */
export function PlanProblem({ fields, query, dateWindow }: { fields: readonly PlanField[]; query: string; dateWindow: TripDateWindow }) {
  const t = useTranslations('Itinerary');
  const tp = useTranslations('Planner');
  return (
    <section className="status-page" role="alert">
      <h1 className="status-page__title">{t('problemTitle')}</h1>
      <p className="status-page__body">{t('problemBody')}</p>
      <ul className="problem-list">
        {fields.map((field) => (
          <li key={field}>{tp(`errors.${field}`, { min: MIN_DAYS, max: MAX_DAYS, ...dateWindow })}</li>
        ))}
      </ul>
      <p className="status-page__actions">
        <Link href={`/?${query}#plan`} className="button">
          {t('changeTrip')}
        </Link>
      </p>
    </section>
  );
}

import { useTranslations } from 'next-intl';
import type { PlanField } from '@/components/planner/plan-query';
import { Link } from '@/i18n/navigation';

/** The plan page's answer to a request it cannot plan: what to fix, and the way back to the form. */
export function PlanProblem({ fields, query }: { fields: readonly PlanField[]; query: string }) {
  const t = useTranslations('Itinerary');
  const tp = useTranslations('Planner');
  return (
    <section className="status-page" role="alert">
      <h1 className="status-page__title">{t('problemTitle')}</h1>
      <p className="status-page__body">{t('problemBody')}</p>
      <ul className="problem-list">
        {fields.map((field) => (
          <li key={field}>{tp(`errors.${field}`, { min: 1, max: 21 })}</li>
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

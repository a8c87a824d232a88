import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFoundPage() {
  const t = useTranslations('Errors');
  return (
    <section className="status-page">
      <p className="status-page__code" aria-hidden="true">
        404
      </p>
      <h1 className="status-page__title">{t('notFoundTitle')}</h1>
      <p className="status-page__body">{t('notFoundBody')}</p>
      <p className="status-page__actions">
        <Link href="/" className="button">
          {t('home')}
        </Link>
      </p>
    </section>
  );
}

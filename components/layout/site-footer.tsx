import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { APP_NAME } from '@/lib/config/app-info';

export function SiteFooter() {
  const t = useTranslations('Footer');
  const ta = useTranslations('Agency');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__brand">
          <strong>{APP_NAME}</strong> · {t('tagline')}
        </p>
        <p className="site-footer__note">
          <Link href="/agency" className="site-footer__link">{ta('navLink')}</Link>
        </p>
        <p className="site-footer__note">{t('dataNote')}</p>
        <p className="site-footer__note">{t('mapData')}</p>
        <p className="site-footer__note">{t('copyright', { year: String(new Date().getFullYear()) })}</p>
      </div>
    </footer>
  );
}

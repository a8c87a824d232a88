import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { APP_NAME } from '@/lib/config/app-info';
import { LanguageSwitcher } from './language-switcher';

export function SiteHeader() {
  const t = useTranslations('Header');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand" aria-label={t('home')}>
          <svg className="brand__mark" aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <path d="M3 22c4-9 9-13 13-13s9 4 13 13" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            <path d="M3 25h26" stroke="#c8553d" strokeWidth="3" strokeLinecap="round" />
          </svg>
          <span className="brand__name">{APP_NAME}</span>
        </Link>
        <nav className="site-nav" aria-label={t('navLabel')}>
          <Link href={{ pathname: '/', hash: 'plan' }} className="site-nav__link">
            {t('planTrip')}
          </Link>
          <Link href="/destinations" className="site-nav__link">
            {t('destinations')}
          </Link>
          <Link href="/plans" className="site-nav__link">
            {t('myPlans')}
          </Link>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}

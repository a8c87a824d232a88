'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import type { Locale } from '@/lib/i18n/locale';

/** Each language names itself, so a reader finds theirs whatever page they landed on. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어', km: 'ខ្មែរ' };

/**
 * A disclosure menu (details/summary: keyboard and screen-reader friendly without script) linking
 * to the current path in each language. Closed, it shows only the current language, so a Latin
 * page never lays out Hangul or Khmer text and the browser downloads neither web font.
 */
export function LanguageSwitcher() {
  const t = useTranslations('LanguageSwitcher');
  const locale = useLocale();
  const pathname = usePathname();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  // The query string is kept (a plan's URL is its request); read when the menu opens, so static
  // pages need no useSearchParams (and no Suspense boundary) for it.
  const [search, setSearch] = useState('');

  // Close the menu after navigating (the layout, and this component, persist across pages).
  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname, locale]);

  return (
    <details className="lang-switcher" ref={detailsRef} onToggle={(event) => event.currentTarget.open && setSearch(window.location.search)}>
      <summary className="lang-switcher__summary" aria-label={t('current', { language: NATIVE_NAMES[locale] })}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        <span lang={locale}>{NATIVE_NAMES[locale]}</span>
      </summary>
      <ul className="lang-switcher__menu" aria-label={t('label')}>
        {routing.locales.map((option) => (
          <li key={option}>
            <Link href={`${pathname}${search}`} locale={option} lang={option} hrefLang={option} aria-current={option === locale ? 'true' : undefined} className="lang-switcher__option">
              {NATIVE_NAMES[option]}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { Providers } from '@/components/providers';
import { routing } from '@/i18n/routing';
import { APP_NAME } from '@/lib/config/app-info';
import { BRAND_ACCENT } from '@/lib/config/brand';

// The @font-face rules above are only declarations: globals.css applies Noto Sans KR / Khmer to
// :lang(ko) / :lang(km) text, so a browser downloads a font file only for text in that script.

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: BRAND_ACCENT };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  // Metadata may render before the layout body: without the locale set, next-intl would read it from
  // the request headers its proxy sets.
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { default: t('title'), template: `%s · ${APP_NAME}` },
    description: t('description'),
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `/${l}`])) },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Every page renders per request: its scripts carry the nonce of the request's CSP (proxy.ts),
  // which a page rendered at build time would not have, and the browser would block them.
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // next-intl otherwise reads the locale from the request headers next-intl's proxy set.
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Common' });

  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <Providers>
            <a href="#main" className="skip-link">
              {t('skipToContent')}
            </a>
            <SiteHeader />
            <main id="main" className="site-main" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

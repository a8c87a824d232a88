import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AgencySettings } from '@/components/agency/agency-settings';
import { routing } from '@/i18n/routing';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Agency' });
  // Profiles live in this browser's storage: nothing here for a search engine.
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Agency branding settings: the page is static; profiles are read and edited in the browser. */
export default async function AgencyPage({ params }: PageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Agency');
  return (
    <div className="container page page--agency">
      <header className="page__header">
        <p className="page__eyebrow">{t('eyebrow')}</p>
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__lead">{t('lead')}</p>
      </header>
      <AgencySettings />
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MyPlansList } from '@/components/plans/my-plans-list';
import { routing } from '@/i18n/routing';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'MyPlans' });
  return { title: t('title'), robots: { index: false } };
}

/** My plans: kept in this browser only, so the page is static and the list renders in the browser. */
export default async function MyPlansPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'MyPlans' });
  return (
    <div className="container page">
      <h1 className="page__title">{t('title')}</h1>
      <p className="page__lead">{t('lead')}</p>
      <MyPlansList />
    </div>
  );
}

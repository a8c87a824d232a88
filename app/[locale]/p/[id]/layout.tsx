import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { loadSavedPlan } from '@/app/[locale]/p/[id]/_lib/saved-plan-data';
import { routing } from '@/i18n/routing';

/**
 * Answers a real 404 for an unknown plan id: checked here, above the segment's loading boundary,
 * before the response starts streaming (the page's own check would come too late for the status).
 */
export default async function SavedPlanLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale) || !loadSavedPlan(id, locale)) notFound();
  return children;
}

import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportMenu } from '@/components/export/export-menu';
import { EditSession } from '@/components/plans/edit-session';
import { PlanEditor } from '@/components/plans/plan-editor';
import { addablePlaces, loadSavedPlan, placeNamesById, planMeta } from '@/app/[locale]/p/[id]/_lib/saved-plan-data';
import { canEdit } from '@/db/queries/plans';
import { routing } from '@/i18n/routing';
import { editCookieName } from '@/lib/plans/tokens';

// Reads the edit cookie and the current revision on every request.
export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'SavedPlan' });
  const data = loadSavedPlan(id, locale);
  return { title: data ? t('editTitle', { title: data.itinerary.summary.title }) : undefined, robots: { index: false, follow: false } };
}

/**
 * The edit page. The server renders the editor only for a browser holding the plan's edit cookie;
 * the client part exchanges an edit link's #token= for that cookie and then asks for this page again.
 */
export default async function EditPlanPage({ params }: PageProps) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const data = loadSavedPlan(id, locale);
  if (!data) notFound();
  const editable = canEdit(id, (await cookies()).get(editCookieName(id))?.value);
  return (
    <EditSession meta={planMeta(data)} canEdit={editable} viewHref={`/${locale}/p/${id}`}>
      {editable ? <PlanEditor data={data} addable={addablePlaces(data, locale)} placeNames={placeNamesById(locale)} actions={<ExportMenu source={{ kind: 'plan', planId: id }} />} /> : null}
    </EditSession>
  );
}

/** GET /api/plans/{id}/export/{format}: exports a saved plan's current revision. */
import { getDb } from '@/db/client';
import { exportBranding } from '@/db/queries/agencies';
import { getPlan } from '@/db/queries/plans';
import { exportResponse, requireExportFormat } from '@/lib/export/response';
import { cachedExport, exportKey } from '@/lib/export/saved-export-cache';
import { localeQuery } from '@/lib/http/locale-query';
import { handleErrors } from '@/lib/http/route-handler';
import { rateLimited } from '@/lib/http/request-limits';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { planIdOf, type PlanRouteContext } from '../../../_lib/plans-api';

type Context = { params: Promise<{ id: string; format: string }> };

/**
 * The file, as saved (never re-planned); `?agency={id}` applies that agency's branding, `?locale=`
 * picks its language (default: the plan's). Calendar UIDs derive from the plan id. Kept per revision
 * (saved-export-cache.ts), answered with an ETag.
 */
export const GET = handleErrors(rateLimited('export', async (request: Request, context: Context): Promise<Response> => {
  const { format: formatName } = await context.params;
  const format = requireExportFormat(formatName);
  const id = await planIdOf(context as PlanRouteContext);
  const db = getDb();
  const plan = getPlan(db, id);
  const branding = exportBranding(db, new URL(request.url).searchParams.get('agency'));
  const locale = localeQuery(request, plan.request.locale);
  const key = exportKey({ planId: id, revision: plan.revision, locale, format: formatName, branding });
  return cachedExport(key, request, () => exportResponse(localizeItinerary(plan.itinerary, locale), format, { planId: id, revision: plan.revision, ...(branding ? { branding } : {}) }));
}));

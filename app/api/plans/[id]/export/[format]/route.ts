/** GET /api/plans/{id}/export/{format}: exports a saved plan's current revision. */
import { getDb } from '@/db/client';
import { exportBranding } from '@/db/queries/agencies';
import { getPlan } from '@/db/queries/plans';
import { exportResponse, requireExportFormat } from '@/lib/export/response';
import { localeQuery } from '@/lib/http/locale-query';
import { handleErrors } from '@/lib/http/route-handler';
import { rateLimited } from '@/lib/http/request-limits';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { planIdOf, type PlanRouteContext } from '../../../_lib/plans-api';

type Context = { params: Promise<{ id: string; format: string }> };

/**
 * The file, as saved (never re-planned); `?agency={id}` applies that agency's branding, `?locale=`
 * picks its language (default: the plan's). Calendar UIDs derive from the plan id.
 */
export const GET = handleErrors(rateLimited('export', async (request: Request, context: Context): Promise<Response> => {
  const { format: formatName } = await context.params;
  const format = requireExportFormat(formatName);
  const id = await planIdOf(context as PlanRouteContext);
  const db = getDb();
  const plan = getPlan(db, id);
  const branding = exportBranding(db, new URL(request.url).searchParams.get('agency'));
  const itinerary = localizeItinerary(plan.itinerary, localeQuery(request, plan.request.locale));
  return exportResponse(itinerary, format, { planId: id, revision: plan.revision, ...(branding ? { branding } : {}) });
}));

/** POST /api/itineraries/export/{format}: exports an itinerary sent in the body, or plans `request` first. */
import { z } from 'zod';
import { getDb } from '@/db/client';
import { exportBranding } from '@/db/queries/agencies';
import { exportResponse, requireExportFormat } from '@/lib/export/response';
import { localeQuery } from '@/lib/http/locale-query';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { rateLimited } from '@/lib/http/request-limits';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { itinerarySchema } from '@/lib/planner/itinerary-schema';
import { appPlan } from '@/lib/planner-pool/planner';
import { newPlanRequest } from '@/lib/planner/new-trip-request';

const body = z.union([z.object({ itinerary: itinerarySchema }).strict(), z.object({ request: newPlanRequest }).strict()]);

/** The file (see docs/api.md); `?agency={id}` applies that agency's branding, `?locale=` picks its language. */
export const POST = handleErrors(rateLimited('export', async (request: Request, { params }: { params: Promise<{ format: string }> }): Promise<Response> => {
  const format = requireExportFormat((await params).format);
  const input = parseInput(body, await readJsonBody(request), 'export request (send { itinerary } or { request })');
  const itinerary = 'itinerary' in input ? input.itinerary : await appPlan(input.request);
  const agency = new URL(request.url).searchParams.get('agency');
  const branding = agency === null ? undefined : exportBranding(getDb(), agency);
  return exportResponse(localizeItinerary(itinerary, localeQuery(request, itinerary.request.locale)), format, branding ? { branding } : {});
}));

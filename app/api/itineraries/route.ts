import { localeQuery } from '@/lib/http/locale-query';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { appPlan } from '@/lib/planner-pool/planner';
import { newPlanRequest } from '@/lib/planner/new-trip-request';

/** Plans an itinerary for the request in the body, in the request's locale unless `?locale=` (see docs/api.md). */
export const POST = handleErrors(async (request: Request) => {
  const input = parseInput(newPlanRequest, await readJsonBody(request), 'trip request');
  return Response.json(localizeItinerary(await appPlan(input), localeQuery(request, input.locale)));
});

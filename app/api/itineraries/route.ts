import { getCatalog } from '@/lib/data/catalog';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { planTripCached } from '@/lib/planner/plan-cache';
import { newPlanRequest } from '@/lib/planner/request';

/** Plans an itinerary for the request in the body (see docs/api.md). */
export const POST = handleErrors(async (request: Request) => {
  const input = parseInput(newPlanRequest, await readJsonBody(request), 'trip request');
  return Response.json(planTripCached(input, getCatalog()));
});

import { z } from 'zod';
import { insertPlan } from '@/db/queries/plans';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { appPlan } from '@/lib/planner-pool/planner';
import { newPlanRequest } from '@/lib/planner/new-trip-request';
import { hashEditToken, newEditToken } from '@/lib/auth/edit-token';
import { newPlanId } from '@/lib/plans/tokens';
import { getDb } from '@/db/client';
import { localeQuery } from '@/lib/http/locale-query';
import { rateLimited } from '@/lib/http/request-limits';
import { editUrlOf, planJson } from './_lib/plans-api';

export const dynamic = 'force-dynamic';

// The server plans the request itself (deterministic), so a saved itinerary always follows the planner's rules.
const createBody = z.object({ request: newPlanRequest }).strict();

/** Saves a plan; answers 201 with its id, the edit token (shown only now) and the view and edit links. */
export const POST = handleErrors(rateLimited('save', async (request: Request) => {
  const body = parseInput(createBody, await readJsonBody(request), 'plan');
  const itinerary = await appPlan(body.request);
  const id = newPlanId();
  const editToken = newEditToken();
  const plan = insertPlan(getDb(), { id, editTokenHash: hashEditToken(editToken), request: body.request, itinerary });
  return Response.json({ id, editToken, viewUrl: `/p/${id}`, editUrl: editUrlOf(id, editToken), revision: plan.revision, plan: planJson(plan, localeQuery(request, plan.request.locale)) }, { status: 201, headers: { 'cache-control': 'no-store' } });
}));

import { appendRevision, getPlan, staleRevision } from '@/db/queries/plans';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { planEdit } from '@/lib/plans/edits';
import { appPlanner } from '@/lib/planner-pool/planner';
import { getDb } from '@/db/client';
import { localeQuery } from '@/lib/http/locale-query';
import { rateLimited } from '@/lib/http/request-limits';
import { planIdOf, planJson, requireEditor, type PlanRouteContext } from '../_lib/plans-api';

export const dynamic = 'force-dynamic';

/** The plan at its current revision (`?locale=`: its words' language); anyone with the link may read it. */
export const GET = handleErrors(async (request: Request, context: PlanRouteContext) => {
  const plan = getPlan(getDb(), await planIdOf(context));
  return Response.json(planJson(plan, localeQuery(request, plan.request.locale)), { headers: { 'cache-control': 'no-store' } });
});

/** Applies one edit (see docs/api.md), re-plans, and saves the result as a new revision. */
export const PATCH = handleErrors(rateLimited('edit', async (request: Request, context: PlanRouteContext) => {
  const id = await planIdOf(context);
  requireEditor(request, id);
  const edit = parseInput(planEdit, await readJsonBody(request), 'edit');
  const db = getDb();
  const current = getPlan(db, id);
  // Stale before planning: no need to plan an edit that cannot be saved. appendRevision checks again atomically.
  if (current.revision !== edit.baseRevision) throw staleRevision(edit.baseRevision, current.revision);
  const next = await appPlanner().replan(current, edit);
  const saved = appendRevision(db, { planId: id, baseRevision: edit.baseRevision, ...next });
  return Response.json(planJson(saved, localeQuery(request, saved.request.locale)), { headers: { 'cache-control': 'no-store' } });
}));

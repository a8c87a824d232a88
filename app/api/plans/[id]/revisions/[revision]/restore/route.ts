import { z } from 'zod';
import { appendRevision, getPlan, getRevision } from '@/db/queries/plans';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { localeQuery } from '@/lib/http/locale-query';
import { rateLimited } from '@/lib/http/request-limits';
import { describeChange } from '@/lib/plans/change';
import { dayChanges } from '@/lib/plans/edit-effects';
import { getDb } from '@/db/client';
import { planIdOf, planJson, requireEditor, revisionOf } from '../../../../_lib/plans-api';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; revision: string }> };

const restoreBody = z.object({ baseRevision: z.number().int().min(1) }).strict();

/** Makes a new revision that copies an old one's request and itinerary (nothing is re-planned or lost). */
export const POST = handleErrors(rateLimited('edit', async (request: Request, context: Context) => {
  const id = await planIdOf(context);
  requireEditor(request, id);
  const revision = revisionOf((await context.params).revision);
  const { baseRevision } = parseInput(restoreBody, await readJsonBody(request), 'restore');
  const db = getDb();
  const old = getRevision(db, id, revision);
  const current = getPlan(db, id);
  const effects = { scope: 'trip' as const, reason: 'restore' as const, changes: dayChanges(current.itinerary, old.itinerary) };
  const saved = appendRevision(db, { planId: id, baseRevision, request: old.request, itinerary: old.itinerary, change: describeChange({ kind: 'restored', revision }), effects });
  return Response.json(planJson(saved, localeQuery(request, saved.request.locale)), { headers: { 'cache-control': 'no-store' } });
}));

import { getPlan, listRevisions } from '@/db/queries/plans';
import { handleErrors } from '@/lib/http/route-handler';
import { getDb } from '@/db/client';
import { planIdOf, requireEditor, type PlanRouteContext } from '../../_lib/plans-api';

export const dynamic = 'force-dynamic';

/** The plan's revisions, oldest first (editors only). */
export const GET = handleErrors(async (request: Request, context: PlanRouteContext) => {
  const id = await planIdOf(context);
  requireEditor(request, id);
  const db = getDb();
  return Response.json({ id, revision: getPlan(db, id).revision, revisions: listRevisions(db, id) }, { headers: { 'cache-control': 'no-store' } });
});

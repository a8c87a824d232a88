import { getRevision } from '@/db/queries/plans';
import { handleErrors } from '@/lib/http/route-handler';
import { getDb } from '@/db/client';
import { planIdOf, requireEditor, revisionOf } from '../../../_lib/plans-api';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; revision: string }> };

/** One past revision's request and itinerary (editors only), e.g. to preview it before restoring. */
export const GET = handleErrors(async (request: Request, context: Context) => {
  const id = await planIdOf(context);
  requireEditor(request, id);
  const revision = getRevision(getDb(), id, revisionOf((await context.params).revision));
  return Response.json({ id, ...revision }, { headers: { 'cache-control': 'no-store' } });
});

import { getDb } from '@/db/client';
import { replaceEditTokenHash } from '@/db/queries/plans';
import { rotateEditToken } from '@/lib/auth/rotate-edit-token';
import { rateLimited } from '@/lib/http/request-limits';
import { handleErrors } from '@/lib/http/route-handler';
import { editCookies, editUrlOf, planIdOf, requireEditor, WRONG_PLAN_TOKEN, type PlanRouteContext } from '../../_lib/plans-api';

export const dynamic = 'force-dynamic';

/**
 * Revokes every edit link of the plan: replaces its edit token (authorised by the current one, as
 * Bearer or edit cookie) and answers 200 `{ editToken, editUrl }`: the new token and edit link, shown once. Cookies holding
 * the old token stop working with it; this answer sets the edit cookie to the new token on every
 * path, so the browser that asked keeps editing.
 */
export const POST = handleErrors(rateLimited('edit', async (request: Request, context: PlanRouteContext) => {
  const id = await planIdOf(context);
  const previousHash = requireEditor(request, id);
  const editToken = rotateEditToken((nextHash) => replaceEditTokenHash(getDb(), id, previousHash, nextHash), WRONG_PLAN_TOKEN);
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const cookie of editCookies(request, id, editToken)) headers.append('set-cookie', cookie);
  return Response.json({ editToken, editUrl: editUrlOf(id, editToken) }, { headers });
}));

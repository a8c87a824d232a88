import { z } from 'zod';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '@/lib/errors';
import { canEdit, findEditTokenHash } from '@/db/queries/plans';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { getDb } from '@/db/client';
import { editCookies, planIdOf, type PlanRouteContext } from '../../_lib/plans-api';

export const dynamic = 'force-dynamic';

const sessionBody = z.object({ token: z.string().max(200).optional() }).strict();

/**
 * Exchanges the edit token (from the edit link's fragment) for an http-only cookie, so the edit page
 * can save without page scripts holding the token. Answers 204 with the cookie on the plan's paths: each locale's pages
 * (/{locale}/p/{id}) and /api/plans/{id}.
 */
export const POST = handleErrors(async (request: Request, context: PlanRouteContext) => {
  const id = await planIdOf(context);
  const { token } = parseInput(sessionBody, await readJsonBody(request), 'edit session');
  const db = getDb();
  if (findEditTokenHash(db, id) === undefined) throw new NotFoundError(`No saved plan "${id}". Check the link; plans are only found by their full id.`, { id });
  if (!token) throw new UnauthorizedError('Send the edit token as { "token": "…" } (from the edit link you got when the plan was saved).');
  if (!canEdit(id, token, db)) throw new ForbiddenError('This edit token does not belong to this plan. Use the edit link you got when the plan was saved.');
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const cookie of editCookies(request, id, token)) headers.append('set-cookie', cookie);
  return new Response(null, { status: 204, headers });
});

/** Ends the browser's edit session (clears the cookies); the token itself stays valid. */
export const DELETE = handleErrors(async (request: Request, context: PlanRouteContext) => {
  const id = await planIdOf(context);
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const cookie of editCookies(request, id, undefined)) headers.append('set-cookie', cookie);
  return new Response(null, { status: 204, headers });
});

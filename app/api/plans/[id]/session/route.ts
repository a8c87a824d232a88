import { z } from 'zod';
import { handleErrors, parseInput, readJsonBody } from '@/lib/http/route-handler';
import { editCookies, planIdOf, requireSessionToken, type PlanRouteContext } from '../../_lib/plans-api';

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
  requireSessionToken(id, token);
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

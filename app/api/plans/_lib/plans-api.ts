/**
 * What the plan route handlers share: the database and catalog they use, who may edit (edit token in
 * `Authorization: Bearer`, or the plan's edit cookie), and the JSON shapes they answer with.
 * The `_lib` folder is private to the App Router: nothing here is a route.
 */
import 'server-only';
import { getDb } from '@/db/client';
import { findEditTokenHash, type StoredPlan } from '@/db/queries/plans';
import { bearerToken, requireEditToken, type EditTokenRefusals } from '@/lib/auth/edit-token';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { servedOverHttps } from '@/lib/http/served-over-https';
import { routing } from '@/i18n/routing';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import type { Locale } from '@/lib/i18n/locale';
import { editCookieName, editCookiePaths, isPlanIdShape } from '@/lib/plans/tokens';

/** Route context of /api/plans/[id]/… (Next 16 passes params as a promise). */
export type PlanRouteContext = { params: Promise<{ id: string }> };

/** How long the browser keeps an edit session (the token itself never expires). */
const EDIT_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

/** The plan id from the route, refusing anything that is not one of our ids with a 404 (no database hit). */
export async function planIdOf(context: PlanRouteContext): Promise<string> {
  const { id } = await context.params;
  if (!isPlanIdShape(id)) throw new NotFoundError(`No saved plan "${id}". Check the link; plans are only found by their full id.`, { id });
  return id;
}

/** The edit credential a request carries: a Bearer token first, else the plan's edit cookie. */
function editCredential(request: Request, planId: string): string | undefined {
  return bearerToken(request) ?? readCookie(request.headers.get('cookie'), editCookieName(planId));
}

/** Refusals of a plan edit; the edit-session exchange says differently where the token goes. */
const PLAN_REFUSALS: EditTokenRefusals = {
  missing: 'Changing a plan needs its edit token: send "Authorization: Bearer <editToken>" (or open an edit session via POST /api/plans/{id}/session).',
  wrong: 'This edit token does not belong to this plan (or was replaced by "Revoke other edit links"). Use the newest edit link you got for this plan.',
};

/** The stored edit-token hash of a plan; 404 for an unknown plan. */
function editTokenHashOf(planId: string): string {
  const hash = findEditTokenHash(getDb(), planId);
  if (hash === undefined) throw new NotFoundError(`No saved plan "${planId}". Check the link; plans are only found by their full id.`, { id: planId });
  return hash;
}

/**
 * Throws 404 for an unknown plan, 401 without a credential (Bearer token or edit cookie), 403 with a
 * wrong one. Returns the stored hash the credential matched, for a rotation to replace only that one.
 */
export function requireEditor(request: Request, planId: string): string {
  const hash = editTokenHashOf(planId);
  requireEditToken(editCredential(request, planId), hash, PLAN_REFUSALS);
  return hash;
}

/** The 403 message for a plan edit token that does not (or no longer) match. */
export const WRONG_PLAN_TOKEN = PLAN_REFUSALS.wrong;

/** The same check for a token sent in the body of POST /api/plans/{id}/session. */
export function requireSessionToken(planId: string, token: string | undefined): asserts token is string {
  requireEditToken(token, editTokenHashOf(planId), {
    ...PLAN_REFUSALS,
    missing: 'Send the edit token as { "token": "…" } (from the edit link you got when the plan was saved).',
  });
}

/**
 * The paths the edit cookie is set on: each locale's plan pages (/en/p/{id}, /ko/p/{id}, /km/p/{id};
 * the pages live under the locale) and the plan's API. One cookie per path, since a cookie has one path.
 */
export function editSessionPaths(planId: string): string[] {
  return [...routing.locales.map((locale) => `/${locale}/p/${planId}`), `/api/plans/${planId}`];
}

/**
 * Set-Cookie values opening (token) or closing (undefined) the plan's edit session on every path.
 * Closing also clears the cookie of the unprefixed page path (/p/{id}) that sessions opened before
 * the pages moved under the locale still hold.
 */
export function editCookies(request: Request, planId: string, token: string | undefined): string[] {
  const secure = servedOverHttps(request);
  const paths = token ? editSessionPaths(planId) : [...new Set([...editSessionPaths(planId), ...editCookiePaths(planId)])];
  return paths.map((path) =>
    [
      `${editCookieName(planId)}=${token ?? ''}`,
      `Path=${path}`,
      `Max-Age=${token ? EDIT_COOKIE_MAX_AGE_S : 0}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(secure ? ['Secure'] : []),
    ].join('; '),
  );
}

/**
 * The private edit link of a plan (unprefixed: the page picks the locale). The token travels in the
 * fragment, which browsers never send to servers, so it stays out of logs.
 */
export function editUrlOf(planId: string, editToken: string): string {
  return `/p/${planId}/edit#token=${editToken}`;
}

/** The JSON of a plan at a revision, its itinerary's words in `locale`. */
export function planJson(plan: StoredPlan, locale: Locale) {
  return {
    id: plan.id,
    revision: plan.revision,
    change: plan.change,
    effects: plan.effects,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    viewUrl: `/p/${plan.id}`,
    request: plan.request,
    itinerary: localizeItinerary(plan.itinerary, locale),
  };
}

/** A positive revision number from a route segment, else a 400 naming it. */
export function revisionOf(segment: string): number {
  const revision = Number(segment);
  if (!/^\d{1,9}$/.test(segment) || revision < 1) {
    throw new ValidationError(`Invalid revision "${segment}": use a revision number from the revision list.`, [{ field: 'revision', reason: 'must be a positive integer' }]);
  }
  return revision;
}

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

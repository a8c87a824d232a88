/**
 * What the agency route handlers share: finding a profile by id (404 otherwise) and who may change
 * it (the edit token as `Authorization: Bearer`). The `_lib` folder is private to the App Router.
 */
import 'server-only';
import { getDb } from '@/db/client';
import { findAgency } from '@/db/queries/agencies';
import type { Agency } from '@/db/schema';
import { isAgencyIdShape } from '@/lib/agencies/agency-input';
import { bearerToken, requireEditToken, type EditTokenRefusals } from '@/lib/auth/edit-token';
import { NotFoundError } from '@/lib/errors';

/** Route context of /api/agencies/[id]/… (Next 16 passes params as a promise). */
export type AgencyRouteContext = { params: Promise<{ id: string }> };

/** Refusals of an agency edit, in the agency's words. */
export const AGENCY_REFUSALS: EditTokenRefusals = {
  missing: 'Editing an agency needs its edit token: send "Authorization: Bearer {editToken}".',
  wrong: 'This edit token does not belong to this agency (or was replaced via POST /api/agencies/{id}/token). Use the newest token you received for this profile.',
};

/** The stored profile with this id; 404 for an unknown id or one that is not of our shape. */
export function requireAgency(id: string): Agency {
  const agency = isAgencyIdShape(id) ? findAgency(getDb(), id) : undefined;
  if (!agency) throw new NotFoundError(`No agency "${id}". Create one with POST /api/agencies.`, { id });
  return agency;
}

/** Throws 401 without a Bearer token and 403 when it is not the token of `agency`. */
export function requireAgencyEditor(request: Request, agency: Agency): void {
  requireEditToken(bearerToken(request), agency.editTokenHash, AGENCY_REFUSALS);
}

/** POST /api/agencies/{id}/token: replaces the agency's edit token (revoking the old one). */
import { getDb } from '@/db/client';
import { replaceAgencyEditTokenHash } from '@/db/queries/agencies';
import { rotateEditToken } from '@/lib/auth/rotate-edit-token';
import { rateLimited } from '@/lib/http/request-limits';
import { handleErrors } from '@/lib/http/route-handler';
import { AGENCY_REFUSALS, requireAgency, requireAgencyEditor, type AgencyRouteContext } from '../../_lib/agencies-api';

/** Authorised with the current token (Bearer); answers 200 `{ editToken }`, the new token, shown once. */
export const POST = handleErrors(rateLimited('agency', async (request: Request, { params }: AgencyRouteContext): Promise<Response> => {
  const { id } = await params;
  const agency = requireAgency(id);
  requireAgencyEditor(request, agency);
  const editToken = rotateEditToken((nextHash) => replaceAgencyEditTokenHash(getDb(), id, agency.editTokenHash, nextHash), AGENCY_REFUSALS.wrong);
  return Response.json({ editToken }, { headers: { 'cache-control': 'no-store' } });
}));

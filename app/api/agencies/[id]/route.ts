/** GET /api/agencies/{id}: public profile; PATCH with `Authorization: Bearer {editToken}`: edit it. */
import { getDb } from '@/db/client';
import { findAgency, updateAgency } from '@/db/queries/agencies';
import type { Agency } from '@/db/schema';
import { isAgencyIdShape, readAgencyInput } from '@/lib/agencies/agency-input';
import { bearerToken, requireEditToken } from '@/lib/auth/edit-token';
import { NotFoundError } from '@/lib/errors';
import { handleErrors } from '@/lib/http/route-handler';
import { rateLimited } from '@/lib/http/request-limits';

type Context = { params: Promise<{ id: string }> };

/** The profile's public fields; the logo as a URL. */
export const GET = handleErrors(async (_request: Request, { params }: Context): Promise<Response> => {
  const { id } = await params;
  return Response.json(publicAgency(requireAgency(id)));
});

/** Changes the given fields (`logo: null` removes the logo); answers the updated profile. */
export const PATCH = handleErrors(rateLimited('agency', async (request: Request, { params }: Context): Promise<Response> => {
  const { id } = await params;
  const agency = requireAgency(id);
  requireEditToken(bearerToken(request), agency.editTokenHash, {
    missing: 'Editing an agency needs its edit token: send "Authorization: Bearer {editToken}".',
    wrong: 'This edit token does not belong to this agency. Use the token you received when the profile was created.',
  });
  const fields = await readAgencyInput(request, 'patch');
  updateAgency(getDb(), id, fields);
  return Response.json(publicAgency(requireAgency(id)));
}));

function requireAgency(id: string): Agency {
  const agency = isAgencyIdShape(id) ? findAgency(getDb(), id) : undefined;
  if (!agency) throw new NotFoundError(`No agency "${id}". Create one with POST /api/agencies.`, { id });
  return agency;
}

function publicAgency(agency: Agency) {
  return {
    id: agency.id,
    name: agency.name,
    contact: agency.contact,
    accentColor: agency.accentColor,
    defaultNote: agency.defaultNote,
    logoUrl: agency.logo ? `/api/agencies/${agency.id}/logo` : null,
    updatedAt: agency.updatedAt.toISOString(),
  };
}

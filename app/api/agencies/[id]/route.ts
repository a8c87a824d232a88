/** GET /api/agencies/{id}: public profile; PATCH with `Authorization: Bearer {editToken}`: edit it. */
import { getDb } from '@/db/client';
import { updateAgency } from '@/db/queries/agencies';
import type { Agency } from '@/db/schema';
import { readAgencyInput } from '@/lib/agencies/agency-input';
import { handleErrors } from '@/lib/http/route-handler';
import { rateLimited } from '@/lib/http/request-limits';
import { requireAgency, requireAgencyEditor, type AgencyRouteContext as Context } from '../_lib/agencies-api';

/** The profile's public fields; the logo as a URL. */
export const GET = handleErrors(async (_request: Request, { params }: Context): Promise<Response> => {
  const { id } = await params;
  return Response.json(publicAgency(requireAgency(id)));
});

/** Changes the given fields (`logo: null` removes the logo); answers the updated profile. */
export const PATCH = handleErrors(rateLimited('agency', async (request: Request, { params }: Context): Promise<Response> => {
  const { id } = await params;
  const agency = requireAgency(id);
  requireAgencyEditor(request, agency);
  const fields = await readAgencyInput(request, 'patch');
  updateAgency(getDb(), id, fields);
  return Response.json(publicAgency(requireAgency(id)));
}));

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

/** POST /api/agencies: creates an agency profile; answers its id and the edit token (shown once). */
import { getDb } from '@/db/client';
import { insertAgency } from '@/db/queries/agencies';
import { newAgencyId, readAgencyInput } from '@/lib/agencies/agency-input';
import { handleErrors } from '@/lib/http/route-handler';
import { rateLimited, takeAgencyCreation } from '@/lib/http/request-limits';
import { hashEditToken, newEditToken } from '@/lib/auth/edit-token';

/** JSON (logo as base64) or multipart/form-data (logo as a file) → 201 `{ id, editToken }`. */
export const POST = handleErrors(rateLimited('agency', async (request: Request): Promise<Response> => {
  const fields = await readAgencyInput(request, 'create');
  // Counted only once the input is valid, so a client fixing a mistake does not use up its day.
  takeAgencyCreation(request);
  const id = newAgencyId();
  const editToken = newEditToken();
  insertAgency(getDb(), id, hashEditToken(editToken), { ...fields, name: fields.name ?? '' });
  return Response.json({ id, editToken }, { status: 201, headers: { Location: `/api/agencies/${id}` } });
}));

/** POST /api/agencies: creates an agency profile; answers its id and the edit token (shown once). */
import { getDb } from '@/db/client';
import { insertAgency } from '@/db/queries/agencies';
import { newAgencyId, readAgencyInput } from '@/lib/agencies/agency-input';
import { handleErrors } from '@/lib/http/route-handler';
import { hashEditToken, newEditToken } from '@/lib/auth/edit-token';

/** JSON (logo as base64) or multipart/form-data (logo as a file) → 201 `{ id, editToken }`. */
export const POST = handleErrors(async (request: Request): Promise<Response> => {
  const fields = await readAgencyInput(request, 'create');
  const id = newAgencyId();
  const editToken = newEditToken();
  insertAgency(getDb(), id, hashEditToken(editToken), { ...fields, name: fields.name ?? '' });
  return Response.json({ id, editToken }, { status: 201, headers: { Location: `/api/agencies/${id}` } });
});

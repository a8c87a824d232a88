/** GET /api/places/{id}: one place and the slug of its destination. */
import { getPlace } from '@/lib/data/catalog';
import { handleErrors } from '@/lib/http/route-handler';

/** The place as `{ place, destination }`; 404 JSON for an unknown id. */
export const GET = handleErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
  const { id } = await params;
  const { place, destination } = getPlace(id);
  return Response.json({ place, destination });
});

/** GET /api/destinations/{slug}: one destination with its places and the hubs serving it. */
import { getDestination, hubsForDestination } from '@/lib/data/catalog';
import { handleErrors } from '@/lib/http/route-handler';

/** The destination as `{ destination: { ...destination, hubs } }`; 404 JSON for an unknown slug. */
export const GET = handleErrors(async (_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> => {
  const { slug } = await params;
  const destination = getDestination(slug);
  return Response.json({ destination: { ...destination, hubs: hubsForDestination(slug) } });
});

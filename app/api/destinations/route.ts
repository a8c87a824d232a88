/** GET /api/destinations: every destination without its places, with a place count. */
import { listDestinations, summarizeDestination } from '@/lib/data/catalog';
import { handleErrors } from '@/lib/http/route-handler';

export const dynamic = 'force-static';

/** Lists destination summaries: `{ destinations: [...] }`. */
export const GET = handleErrors(async (_request: Request): Promise<Response> => {
  return Response.json({ destinations: listDestinations().map(summarizeDestination) });
});

import { getRevision } from '@/db/queries/plans';
import { localeQuery } from '@/lib/http/locale-query';
import { handleErrors } from '@/lib/http/route-handler';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { getDb } from '@/db/client';
import { planIdOf, requireEditor, revisionOf } from '../../../_lib/plans-api';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; revision: string }> };

/** One past revision's request and itinerary (editors only; `?locale=`), e.g. to preview it before restoring. */
export const GET = handleErrors(async (request: Request, context: Context) => {
  const id = await planIdOf(context);
  requireEditor(request, id);
  const revision = getRevision(getDb(), id, revisionOf((await context.params).revision));
  const itinerary = localizeItinerary(revision.itinerary, localeQuery(request, revision.request.locale));
  return Response.json({ id, ...revision, itinerary }, { headers: { 'cache-control': 'no-store' } });
});

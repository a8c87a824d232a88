/** GET /api/plans/{id}/export/{format}: exports a saved plan's current revision. */
import { getDb } from '@/db/client';
import { exportBranding } from '@/db/queries/agencies';
import { currentPlanItinerary } from '@/db/queries/plan-exports';
import { NotFoundError } from '@/lib/errors';
import { exportResponse, requireExportFormat } from '@/lib/export/response';
import { handleErrors, parseInput } from '@/lib/http/route-handler';
import { itinerarySchema } from '@/lib/planner/itinerary-schema';

/** The file; `?agency={id}` applies that agency's branding. Calendar UIDs derive from the plan id. */
export const GET = handleErrors(async (request: Request, { params }: { params: Promise<{ id: string; format: string }> }): Promise<Response> => {
  const { id, format: formatName } = await params;
  const format = requireExportFormat(formatName);
  const db = getDb();
  const saved = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? currentPlanItinerary(db, id) : undefined;
  if (!saved) throw new NotFoundError(`No plan "${id}". Check the link; plans are saved with POST /api/plans.`, { id });
  // Stored itineraries are ours, but re-validated: an old revision must not break the renderers.
  const itinerary = parseInput(itinerarySchema, saved.itinerary, 'saved itinerary');
  const branding = exportBranding(db, new URL(request.url).searchParams.get('agency'));
  return exportResponse(itinerary, format, { planId: id, revision: saved.revision, ...(branding ? { branding } : {}) });
});

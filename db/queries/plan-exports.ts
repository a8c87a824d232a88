/** The one read exports need from saved plans: the current revision's itinerary. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { planRevisions, plans } from '../schema';

/** The itinerary (as stored, unvalidated JSON) and revision number of a plan's current revision. */
export function currentPlanItinerary(db: Db, planId: string): { itinerary: unknown; revision: number } | undefined {
  return db
    .select({ itinerary: planRevisions.itinerary, revision: planRevisions.revision })
    .from(plans)
    .innerJoin(planRevisions, and(eq(planRevisions.planId, plans.id), eq(planRevisions.revision, plans.currentRevision)))
    .where(eq(plans.id, planId))
    .get();
}

/**
 * A data migration that SQL cannot express: revisions saved with a version-1 itinerary (words in one
 * language) are rewritten once, in place, to the language-neutral version 2 (lib/plans/
 * upgrade-itinerary.ts: nothing re-planned, items, times and costs unchanged). Runs on every open
 * after the schema migrations; a database with nothing left to upgrade costs one indexed-free scan.
 */
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getCatalog } from '@/lib/data/catalog';
import { itineraryV1, upgradeItineraryV1 } from '@/lib/plans/upgrade-itinerary';
import type { Db } from '../client';
import { planRevisions } from '../schema';

/** Upgrades every version-1 revision; answers how many were rewritten. */
export function upgradeStoredItineraries(db: Db): number {
  const rows = db
    .select({ planId: planRevisions.planId, revision: planRevisions.revision, itinerary: planRevisions.itinerary })
    .from(planRevisions)
    .where(sql`json_extract(${planRevisions.itinerary}, '$.schemaVersion') = 1`)
    .all();
  if (rows.length === 0) return 0;
  const catalog = getCatalog();
  let upgraded = 0;
  db.transaction((tx) => {
    for (const row of rows) {
      const saved = itineraryV1.safeParse(row.itinerary);
      // A row that is not a version-1 itinerary is left as it is: reading it names the problem (StoredPlanError).
      if (!saved.success) continue;
      const itinerary = upgradeItineraryV1(saved.data, catalog);
      tx.update(planRevisions).set({ itinerary }).where(and(eq(planRevisions.planId, row.planId), eq(planRevisions.revision, row.revision))).run();
      upgraded += 1;
    }
  });
  return upgraded;
}

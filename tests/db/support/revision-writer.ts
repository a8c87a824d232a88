/**
 * Child process of tests/db/plans-crash.test.ts: appends revisions to one plan in a loop, through the
 * app's own openDatabase (real pragmas) and queries, and prints each revision number to stdout only
 * after its transaction committed. Run: node --import tsx --conditions=react-server revision-writer.ts FILE PLAN_ID
 */
import { openDatabase } from '@/db/client';
import { appendRevision, findPlan, insertPlan } from '@/db/queries/plans';
import type { Itinerary } from '@/lib/planner/itinerary';
import type { PlanRequest } from '@/lib/planner/request';

const [file, planId] = process.argv.slice(2) as [string, string];
const db = openDatabase(file);
// A few KB per revision, so that commits span several pages and a kill can land mid-write.
const payload = (n: number) => ({ n, filler: `revision ${n} `.repeat(300) });

let revision: number = findPlan(db, planId)?.revision ?? 0;
if (revision === 0) {
  insertPlan(db, { id: planId, editTokenHash: '0'.repeat(64), request: payload(1) as unknown as PlanRequest, itinerary: payload(1) as unknown as Itinerary });
  revision = 1;
  process.stdout.write('1\n');
}
for (;;) {
  const next: number = revision + 1;
  appendRevision(db, { planId, baseRevision: revision, request: payload(next) as unknown as PlanRequest, itinerary: payload(next) as unknown as Itinerary, change: `loop ${next}` });
  revision = next;
  // Writes to a pipe are synchronous on Linux: once this returns, the parent can read it.
  process.stdout.write(`${next}\n`);
}

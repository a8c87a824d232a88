/**
 * Child process of tests/db/plans-crash.test.ts: appends revisions to one plan in a loop, as the edit
 * route does: each revision is re-planned on the planner's worker pool (a worker thread), then written
 * through the app's own openDatabase (real pragmas) and queries; it prints each revision number to
 * stdout only after its transaction committed.
 * Run: node --import tsx --conditions=react-server revision-writer.ts FILE PLAN_ID
 */
import { openDatabase } from '@/db/client';
import { appendRevision, findPlan, insertPlan } from '@/db/queries/plans';
import { getCatalog } from '@/lib/data/catalog';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import { planEdit } from '@/lib/plans/edits';
import { poolPlanner } from '@/lib/planner-pool/planner';
import { PlannerWorkerPool } from '@/lib/planner-pool/worker-pool';
import { planRequest } from '@/lib/planner/request';

const [file, planId] = process.argv.slice(2) as [string, string];
const db = openDatabase(file);
// Real plan content (stored rows are read back through their schemas), ~25 KB a revision so that
// commits span several pages and a kill can land mid-write; the score marks which revision it is.
const request = planRequest.parse({ direction: 'KR_TO_KH', startDate: '2027-01-11', days: 4, destinations: ['phnom-penh'] });
const planned = planTrip(request, getCatalog());
const itinerary = (n: number): Itinerary => ({ ...planned, summary: { ...planned.summary, score: n } });

let revision: number = findPlan(db, planId)?.revision ?? 0;
if (revision === 0) {
  insertPlan(db, { id: planId, editTokenHash: '0'.repeat(64), request, itinerary: itinerary(1) });
  revision = 1;
  process.stdout.write('1\n');
}
// The parent checks every acknowledged revision's content, so none may be pruned.
const KEEP_ALL = Number.MAX_SAFE_INTEGER;
/** Writes revisions until killed (the file is run as CommonJS by tsx: no top-level await). */
async function writeForever(): Promise<never> {
  const planner = poolPlanner(new PlannerWorkerPool({ workers: 1, queueLimit: 1 }));
  for (;;) {
    const next: number = revision + 1;
    const replanned = await planner.replan({ request, itinerary: planned }, planEdit.parse({ type: 'replan', baseRevision: revision }));
    const content = { ...replanned.itinerary, summary: { ...replanned.itinerary.summary, score: next } };
    appendRevision(db, { planId, baseRevision: revision, request, itinerary: content, change: `loop ${next}`, effects: replanned.effects }, KEEP_ALL);
    revision = next;
    // Writes to a pipe are synchronous on Linux: once this returns, the parent can read it.
    process.stdout.write(`${next}\n`);
  }
}
void writeForever();

/**
 * Saved plans and their revisions. Every write is one transaction; edits use optimistic concurrency:
 * a revision is appended only if the plan is still at the revision the edit was based on, so two
 * tabs never overwrite each other silently. Ids and tokens are made by the caller (lib/plans/tokens).
 */
import 'server-only';
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { env } from '@/lib/config/env';
import { AppError, ConflictError, NotFoundError } from '@/lib/errors';
import type { Itinerary } from '@/lib/planner/itinerary';
import { itinerarySchema } from '@/lib/planner/itinerary-schema';
import { planRequest, type PlanRequest } from '@/lib/planner/request';
import { describeChange } from '@/lib/plans/change';
import { editEffects, type EditEffects } from '@/lib/plans/edit-effects';
import { editTokenMatches } from '@/lib/auth/edit-token';
import { getDb, type Db } from '../client';
import { planRevisions, plans } from '../schema';

/**
 * A revision's content as stored: read back through the schemas that define it, so a row that does
 * not hold a plan is an error here, not a crash in a page or an export.
 */
const storedContent = z.object({ request: planRequest, itinerary: itinerarySchema });

/** A stored revision that no longer parses (a bug, or a database edited by hand); answered 500. */
export class StoredPlanError extends AppError {
  constructor(planId: string, revision: number, problem: string) {
    super('stored_plan_unreadable', `Revision ${revision} of plan ${planId} cannot be read (${problem}). Restore another revision, or report the plan id.`, 500);
  }
}

/** A revision whose content was pruned past the plan's quota; answered 410 so clients know it is gone for good. */
export class RevisionPrunedError extends AppError {
  constructor(planId: string, revision: number, prunedAt: Date) {
    super(
      'revision_pruned',
      `Revision ${revision} of plan ${planId} no longer has its content: it was pruned on ${prunedAt.toISOString()}, as a plan keeps the full content of only its first and most recent revisions. Its number, change and date stay in the revision list; open or restore one of the kept revisions instead.`,
      410,
      { planId, revision, prunedAt: prunedAt.toISOString() },
    );
  }
}

/** A revision's stored effects, read back through their schema (null when none were kept). */
function effectsOf(planId: string, row: { revision: number; effects: unknown }): EditEffects | null {
  if (row.effects === null) return null;
  const parsed = editEffects.safeParse(row.effects);
  if (parsed.success) return parsed.data;
  throw new StoredPlanError(planId, row.revision, `effects: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
}

function contentOf(planId: string, row: { revision: number; request: unknown; itinerary: unknown }): { request: PlanRequest; itinerary: Itinerary } {
  const parsed = storedContent.safeParse({ request: row.request, itinerary: row.itinerary });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StoredPlanError(planId, row.revision, issue ? `${issue.path.join('.')}: ${issue.message}` : 'malformed');
}

/** A plan at one revision, as the API answers it. */
export interface StoredPlan {
  id: string;
  revision: number;
  change: string;
  /** What the revision's edit did, day by day; null for the first revision and for older rows. */
  effects: EditEffects | null;
  createdAt: string;
  updatedAt: string;
  request: PlanRequest;
  itinerary: Itinerary;
}

/** One entry of a plan's revision list; `pruned` revisions have lost their content (their GET answers 410). */
export interface RevisionSummary {
  revision: number;
  change: string;
  effects: EditEffects | null;
  createdAt: string;
  pruned: boolean;
}

/** Saves a new plan as revision 1 ("created"). */
export function insertPlan(db: Db, plan: { id: string; editTokenHash: string; request: PlanRequest; itinerary: Itinerary }): StoredPlan {
  db.transaction((tx) => {
    tx.insert(plans).values({ id: plan.id, editTokenHash: plan.editTokenHash, currentRevision: 1 }).run();
    tx.insert(planRevisions).values({ planId: plan.id, revision: 1, request: plan.request, itinerary: plan.itinerary, change: describeChange({ kind: 'created' }) }).run();
  });
  return findPlan(db, plan.id) as StoredPlan;
}

/** The plan at its current revision, or undefined for an unknown id. */
export function findPlan(db: Db, id: string): StoredPlan | undefined {
  const row = db
    .select({ plan: plans, revision: planRevisions })
    .from(plans)
    .innerJoin(planRevisions, and(eq(planRevisions.planId, plans.id), eq(planRevisions.revision, plans.currentRevision)))
    .where(eq(plans.id, id))
    .get();
  if (!row) return undefined;
  return {
    id: row.plan.id,
    revision: row.revision.revision,
    change: row.revision.change,
    effects: effectsOf(row.plan.id, row.revision),
    createdAt: row.plan.createdAt.toISOString(),
    updatedAt: row.plan.updatedAt.toISOString(),
    ...contentOf(row.plan.id, row.revision),
  };
}

/** The plan at its current revision; throws NotFoundError (404). */
export function getPlan(db: Db, id: string): StoredPlan {
  const plan = findPlan(db, id);
  if (!plan) throw planNotFound(id);
  return plan;
}

/** The stored hash of a plan's edit token, or undefined for an unknown id. */
export function findEditTokenHash(db: Db, id: string): string | undefined {
  return db.select({ hash: plans.editTokenHash }).from(plans).where(eq(plans.id, id)).get()?.hash;
}

/**
 * Replaces a plan's edit-token hash, but only while it is still `previousHash`: the token that
 * authorised the rotation. Two rotations racing with the same token cannot both hand out a working
 * token. False when the plan is unknown or its token changed meanwhile.
 */
export function replaceEditTokenHash(db: Db, id: string, previousHash: string, nextHash: string): boolean {
  return db.update(plans).set({ editTokenHash: nextHash }).where(and(eq(plans.id, id), eq(plans.editTokenHash, previousHash))).run().changes > 0;
}

/**
 * Appends revision baseRevision + 1 if the plan is still at baseRevision. Throws NotFoundError for an
 * unknown plan and ConflictError (details: { currentRevision }) when another edit got there first.
 * In the same transaction it prunes the content of revisions beyond `keepFull` (see pruneRevisions).
 */
export function appendRevision(
  db: Db,
  edit: { planId: string; baseRevision: number; request: PlanRequest; itinerary: Itinerary; change: string; effects: EditEffects },
  keepFull: number = env().PLAN_MAX_FULL_REVISIONS,
): StoredPlan {
  const revision = edit.baseRevision + 1;
  db.transaction((tx) => {
    const moved = tx
      .update(plans)
      .set({ currentRevision: revision, updatedAt: new Date() })
      .where(and(eq(plans.id, edit.planId), eq(plans.currentRevision, edit.baseRevision)))
      .run();
    if (moved.changes === 0) {
      const current = tx.select({ revision: plans.currentRevision }).from(plans).where(eq(plans.id, edit.planId)).get();
      if (!current) throw planNotFound(edit.planId);
      throw staleRevision(edit.baseRevision, current.revision);
    }
    tx.insert(planRevisions).values({ planId: edit.planId, revision, request: edit.request, itinerary: edit.itinerary, change: edit.change, effects: edit.effects }).run();
    pruneRevisions(tx, edit.planId, revision, keepFull);
  });
  return getPlan(db, edit.planId);
}

/**
 * Keeps the full content of revision 1 (the plan as first saved) and of the latest `keepFull - 1`
 * revisions, the current one among them; older ones lose their request and itinerary but keep their
 * row, so numbering, the revision list and "restored revision n" changes stay meaningful.
 */
function pruneRevisions(tx: Pick<Db, 'update'>, planId: string, currentRevision: number, keepFull: number): void {
  const newestPruned = currentRevision - (keepFull - 1);
  tx.update(planRevisions)
    .set({ request: null, itinerary: null, prunedAt: new Date() })
    .where(and(eq(planRevisions.planId, planId), gt(planRevisions.revision, 1), lte(planRevisions.revision, newestPruned), isNull(planRevisions.prunedAt)))
    .run();
}

/** Every revision of a plan, oldest first; throws NotFoundError (404) for an unknown plan. */
export function listRevisions(db: Db, planId: string): RevisionSummary[] {
  const rows = db
    .select({ revision: planRevisions.revision, change: planRevisions.change, effects: planRevisions.effects, createdAt: planRevisions.createdAt, prunedAt: planRevisions.prunedAt })
    .from(planRevisions)
    .where(eq(planRevisions.planId, planId))
    .orderBy(asc(planRevisions.revision))
    .all();
  if (rows.length === 0) throw planNotFound(planId);
  return rows.map((row) => ({ revision: row.revision, change: row.change, effects: effectsOf(planId, row), createdAt: row.createdAt.toISOString(), pruned: row.prunedAt !== null }));
}

/**
 * One revision's request and itinerary; throws NotFoundError (404) if the plan or revision is unknown
 * and RevisionPrunedError (410) if its content was pruned.
 */
export function getRevision(db: Db, planId: string, revision: number): { revision: number; change: string; createdAt: string; request: PlanRequest; itinerary: Itinerary } {
  const row = db
    .select()
    .from(planRevisions)
    .where(and(eq(planRevisions.planId, planId), eq(planRevisions.revision, revision)))
    .get();
  if (!row) throw new NotFoundError(`Plan ${planId} has no revision ${revision}. List its revisions via /api/plans/${planId}/revisions.`, { planId, revision });
  if (row.prunedAt !== null) throw new RevisionPrunedError(planId, revision, row.prunedAt);
  return { revision: row.revision, change: row.change, createdAt: row.createdAt.toISOString(), ...contentOf(planId, row) };
}

/**
 * True when `credential` (an edit token, or the value of the plan's edit cookie, which holds the
 * token) grants editing the plan. For the UI: e.g. `canEdit(id, cookies().get(editCookieName(id))?.value)`.
 */
export function canEdit(planId: string, credential: string | undefined | null, db: Db = getDb()): boolean {
  if (!credential) return false;
  const hash = findEditTokenHash(db, planId);
  return hash !== undefined && editTokenMatches(credential, hash);
}

/** The 409 for an edit based on `baseRevision` when the plan is at `currentRevision`. */
export function staleRevision(baseRevision: number, currentRevision: number): ConflictError {
  return new ConflictError(
    `This plan has changed since revision ${baseRevision}: it is now at revision ${currentRevision}. Reload it, then make your change again.`,
    { currentRevision },
  );
}

function planNotFound(id: string): NotFoundError {
  return new NotFoundError(`No saved plan "${id}". Check the link; plans are only found by their full id.`, { id });
}

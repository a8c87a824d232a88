/**
 * Tables. Dialect-specific on purpose (drizzle's sqlite-core): a move to PostgreSQL rewrites this
 * file, client.ts and the migrations, and nothing outside db/.
 */
import { sql } from 'drizzle-orm';
import { blob, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { BRAND_ACCENT } from '../lib/config/brand';

/** A saved trip plan. The edit token is kept only as a hash. */
export const plans = sqliteTable('plans', {
  id: text('id').primaryKey(),
  editTokenHash: text('edit_token_hash').notNull(),
  currentRevision: integer('current_revision').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
});

/**
 * Every save of a plan is a new revision; none is ever overwritten. Old revisions past the plan's
 * quota are pruned (db/queries/plans.ts): they keep their row, number, change and date, but their
 * request and itinerary are set to null, so the revision list stays whole while the disk use is bounded.
 */
export const planRevisions = sqliteTable(
  'plan_revisions',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    /** The planner request (JSON) this revision was planned from; null once pruned. */
    request: text('request', { mode: 'json' }),
    /** The itinerary (JSON) as shown to the traveller; null once pruned. */
    itinerary: text('itinerary', { mode: 'json' }),
    /** What changed, e.g. "created", "moved place to day 3", "restored revision 2". */
    change: text('change').notNull(),
    /**
     * What the edit did to the itinerary (JSON, lib/plans/edit-effects.ts): which days it reached and
     * the places added, removed or moved in time on each. Null for revisions saved before it was kept.
     * Kept when the content is pruned: it is small, and the revision list shows it.
     */
    effects: text('effects', { mode: 'json' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
    /** When the content was pruned; null while the revision keeps its request and itinerary. */
    prunedAt: integer('pruned_at', { mode: 'timestamp_ms' }),
  },
  (table) => [primaryKey({ columns: [table.planId, table.revision] })],
);

export type Plan = typeof plans.$inferSelect;
export type PlanRevision = typeof planRevisions.$inferSelect;

/** A travel agency's branding, applied to exports on request. Edited with its own token (hash kept). */
export const agencies = sqliteTable('agencies', {
  id: text('id').primaryKey(),
  editTokenHash: text('edit_token_hash').notNull(),
  name: text('name').notNull(),
  contact: text('contact').notNull().default(''),
  /** CSS hex colour, `#rrggbb`. */
  accentColor: text('accent_color').notNull().default(BRAND_ACCENT),
  defaultNote: text('default_note').notNull().default(''),
  /** Validated PNG or JPEG bytes (type and size checked on upload). */
  logo: blob('logo', { mode: 'buffer' }),
  logoMime: text('logo_mime'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
});

export type Agency = typeof agencies.$inferSelect;

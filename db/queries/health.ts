import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/** True when the database answers a real query (and its migrations table is readable). */
export function databaseAnswers(db: Db): boolean {
  const row = db.get<{ migrations: number }>(sql`select count(*) as migrations from __drizzle_migrations`);
  return row.migrations > 0;
}

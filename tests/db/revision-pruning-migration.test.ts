/**
 * Migration 0002 rebuilds plan_revisions (request and itinerary become nullable, pruned_at is added).
 * Its generated copy statement was corrected by hand, so this checks that rows saved before it come
 * through whole and unpruned, and that the plan's cascade still holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-migration-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder holding only the first `count` migrations. */
function migrationsUpTo(count: number): string {
  const folder = path.join(dir, `upto-${count}`);
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  journal.entries = journal.entries.slice(0, count);
  for (const entry of journal.entries) fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

describe('migration 0002 (revision pruning)', () => {
  it('keeps every revision saved before it, with its content and pruned_at null', () => {
    const sqlite = new Database(path.join(dir, 'app.db'));
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle(sqlite);
    migrate(db, { migrationsFolder: migrationsUpTo(2) });
    sqlite.prepare("insert into plans (id, edit_token_hash, current_revision) values ('p', 'h', 2)").run();
    const insert = sqlite.prepare("insert into plan_revisions (plan_id, revision, request, itinerary, change) values ('p', ?, ?, ?, ?)");
    insert.run(1, '{"days":3}', '{"score":1}', 'created');
    insert.run(2, '{"days":4}', '{"score":2}', 'changed the trip');

    migrate(db, { migrationsFolder: MIGRATIONS });
    expect(sqlite.prepare('select revision, request, itinerary, change, pruned_at as prunedAt from plan_revisions order by revision').all()).toEqual([
      { revision: 1, request: '{"days":3}', itinerary: '{"score":1}', change: 'created', prunedAt: null },
      { revision: 2, request: '{"days":4}', itinerary: '{"score":2}', change: 'changed the trip', prunedAt: null },
    ]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    sqlite.prepare("delete from plans where id = 'p'").run();
    expect(sqlite.prepare('select count(*) as n from plan_revisions').get()).toEqual({ n: 0 });
    sqlite.close();
  });
});

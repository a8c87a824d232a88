import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseError, openDatabase } from '@/db/client';
import { databaseAnswers } from '@/db/queries/health';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-db-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the folder and file, migrates, and sets WAL, foreign keys and a busy timeout', () => {
    const file = path.join(dir, 'nested', 'app.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(databaseAnswers(db)).toBe(true);
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['plans', 'plan_revisions']));
    db.$client.close();
  });

  it('is idempotent: opening the same file twice applies migrations once and keeps data', () => {
    const file = path.join(dir, 'app.db');
    const first = openDatabase(file);
    first.$client.prepare("insert into plans (id, edit_token_hash, current_revision) values ('p1', 'h', 1)").run();
    const applied = first.$client.prepare('select count(*) from __drizzle_migrations').pluck().get();
    first.$client.close();

    const second = openDatabase(file);
    expect(second.$client.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(applied);
    expect(second.$client.prepare('select id from plans').pluck().all()).toEqual(['p1']);
    second.$client.close();
  });

  it('recreates a deleted database file', () => {
    const file = path.join(dir, 'app.db');
    openDatabase(file).$client.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    const db = openDatabase(file);
    expect(databaseAnswers(db)).toBe(true);
    db.$client.close();
  });

  it('explains a corrupt file instead of throwing a raw SQLite error', () => {
    const file = path.join(dir, 'corrupt.db');
    fs.writeFileSync(file, 'this is not a database, just text that happens to be long enough to have a header');
    expect(() => openDatabase(file)).toThrow(DatabaseError);
    expect(() => openDatabase(file)).toThrow(/not a valid SQLite database.*delete it/);
  });

  it('explains an unwritable location', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    expect(() => openDatabase(path.join(blocker, 'app.db'))).toThrow(/Cannot open the database file .* for writing.*DATABASE_PATH/);
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(path.join(dir, 'app.db'));
    expect(() =>
      db.$client.prepare("insert into plan_revisions (plan_id, revision, request, itinerary, change) values ('nope', 1, '{}', '{}', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.$client.close();
  });
});

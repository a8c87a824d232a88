/**
 * The one module that opens the database file. It creates the folder, sets the pragmas we rely on,
 * applies pending migrations and data upgrades (idempotent), and turns low-level failures into a DatabaseError whose
 * message says what to do.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import * as schema from './schema';
import { upgradeStoredItineraries } from './upgrades/itineraries-v2';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database could not be opened, migrated or queried. */
export class DatabaseError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('database_unavailable', message, 503);
    this.cause = cause;
  }
}

// Resolved from the working directory: `next start`, scripts and tests all run from the project root.
const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** How long a writer waits for another connection's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) and migrates the SQLite file at `file`. */
export function openDatabase(file: string): Db {
  let sqlite: Database.Database | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new Database(file);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // WAL makes NORMAL durable against application crashes (only an OS crash can lose the last commits).
    sqlite.pragma('synchronous = NORMAL');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    upgradeStoredItineraries(db);
    return db;
  } catch (error) {
    sqlite?.close();
    throw new DatabaseError(explain(file, error), error);
  }
}

function explain(file: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return `The database file ${file} is not a valid SQLite database (${reason}). Move it aside or delete it to start with a fresh one, or set DATABASE_PATH to another file.`;
  }
  if (['EACCES', 'EPERM', 'ENOTDIR', 'EEXIST', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM'].includes(code)) {
    return `Cannot open the database file ${file} for writing (${reason}). Set DATABASE_PATH to a writable location or fix the permissions of that folder.`;
  }
  return `Cannot open the database file ${file} (${reason}). Check DATABASE_PATH and the file; delete it to start afresh if it holds nothing you need.`;
}

// Kept on globalThis so that Next's dev-mode module reloads reuse the connection instead of leaking one.
const holder = globalThis as typeof globalThis & { __bridgewayDb?: Db };

/** The app's shared connection to the database named by DATABASE_PATH, opened on first use. */
export function getDb(): Db {
  holder.__bridgewayDb ??= openDatabase(env().databaseFile);
  return holder.__bridgewayDb;
}

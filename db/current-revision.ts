/**
 * A plan's current revision number, read through a read-only connection of its own: for the saved
 * page cache (scripts/lib/production-server.ts), which runs in the server process outside Next's
 * bundles and outside React's server environment, where db/client.ts (server-only) cannot be loaded.
 * The app's own connection creates and migrates the file; until it exists this answers undefined.
 */
import Database from 'better-sqlite3';

export interface RevisionReader {
  /** The current revision of plan `id`, or undefined for an unknown id or a database not yet created. */
  currentRevision(id: string): number | undefined;
  close(): void;
}

/** A reader of current revisions from the SQLite file at `file`. */
export function revisionReader(file: string): RevisionReader {
  let statement: Database.Statement<[string], { revision: number }> | undefined;
  let sqlite: Database.Database | undefined;
  return {
    currentRevision(id) {
      try {
        if (!statement) {
          sqlite = new Database(file, { readonly: true, fileMustExist: true });
          statement = sqlite.prepare('SELECT current_revision AS revision FROM plans WHERE id = ?');
        }
        return statement.get(id)?.revision;
      } catch {
        // Not created or migrated yet: try again next time.
        sqlite?.close();
        sqlite = undefined;
        statement = undefined;
        return undefined;
      }
    },
    close() {
      sqlite?.close();
    },
  };
}

/** A throw-away database for API tests: DATABASE_PATH in a temp folder, a fresh connection. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/** Points the app at a new empty database; returns a cleanup function. */
export function useTempDatabase(prefix: string): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  vi.stubEnv('DATABASE_PATH', path.join(dir, 'app.db'));
  const holder = globalThis as { __bridgewayDb?: { $client: { close(): void } } };
  holder.__bridgewayDb?.$client.close();
  holder.__bridgewayDb = undefined;
  return () => {
    holder.__bridgewayDb?.$client.close();
    holder.__bridgewayDb = undefined;
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

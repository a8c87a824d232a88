import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import packageJson from '@/package.json';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-health-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function healthWith(databasePath: string) {
  vi.resetModules();
  vi.stubEnv('DATABASE_PATH', databasePath);
  (globalThis as { __bridgewayDb?: unknown }).__bridgewayDb = undefined;
  const { GET } = await import('@/app/api/health/route');
  const response = GET();
  return { status: response.status, body: await response.json() };
}

describe('GET /api/health', () => {
  it('answers ok with the version when the database answers', async () => {
    const { status, body } = await healthWith(path.join(dir, 'ok.db'));
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', db: 'ok', version: packageJson.version });
  });

  it('answers 503 when the database cannot be opened', async () => {
    const corrupt = path.join(dir, 'corrupt.db');
    fs.writeFileSync(corrupt, 'not a database '.repeat(20));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, body } = await healthWith(corrupt);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'error', db: 'unavailable' });
  });
});

/**
 * Crash safety of plan revisions: a child re-plans on the planner's worker pool and appends the
 * result as a revision in a loop, as the edit route does, and is killed with SIGKILL at random moments; after each kill the database must hold every revision the child acknowledged
 * (printed after its transaction committed), intact, and pass PRAGMA integrity_check.
 *
 * db/client.ts runs WAL with synchronous=NORMAL: a committed transaction is in the WAL file (the OS
 * page cache) before COMMIT returns, so it survives the process dying at any point. NORMAL does not
 * fsync on every commit, so an OS crash or power loss could lose the last commits; this test only
 * exercises process crashes, which is the guarantee we rely on.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CHILD = path.join(process.cwd(), 'tests', 'db', 'support', 'revision-writer.ts');
const MAX_CYCLES = 8;
const BUDGET_MS = 15_000;

/** Runs the writer until it has acknowledged something, then kills it after a random delay; returns its acknowledgements. */
function runAndKill(file: string, planId: string): Promise<{ acknowledged: number[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', CHILD, file, planId], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 400);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited (${code}) instead of being killed: ${err}`));
      resolve({ acknowledged: out.split('\n').filter(Boolean).map(Number), signal });
    });
  });
}

describe('plan revisions survive SIGKILL', () => {
  it('keeps every acknowledged revision intact and the database uncorrupted', async () => {
    const file = path.join(dir, 'crash.db');
    const planId = 'crash-test-plan';
    const started = Date.now();
    const acknowledged: number[] = [];
    let cycles = 0;
    while (cycles < MAX_CYCLES && Date.now() - started < BUDGET_MS) {
      const run = await runAndKill(file, planId);
      cycles++;
      acknowledged.push(...run.acknowledged);

      const db = openDatabase(file);
      try {
        expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
        const current = db.$client.prepare('select current_revision from plans where id = ?').pluck().get(planId) as number;
        const rows = db.$client.prepare('select revision, request, itinerary, change from plan_revisions where plan_id = ? order by revision').all(planId) as {
          revision: number;
          request: string;
          itinerary: string;
          change: string;
        }[];
        // Contiguous 1..current, and the plan points at the last one.
        expect(rows.map((r) => r.revision)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
        for (const n of acknowledged) {
          const row = rows[n - 1];
          expect(row, `acknowledged revision ${n} missing`).toBeDefined();
          expect(JSON.parse(row!.request).destinations).toEqual(['phnom-penh']);
          expect(JSON.parse(row!.itinerary).summary.score).toBe(n);
          expect(row!.change).toBe(n === 1 ? 'created' : `loop ${n}`);
        }
        expect(current).toBeGreaterThanOrEqual(Math.max(...acknowledged));
      } finally {
        db.$client.close();
      }
    }
    console.info(`plans crash test: ${cycles} SIGKILL cycles, ${acknowledged.length} revisions acknowledged and verified in ${Date.now() - started} ms`);
    expect(cycles).toBeGreaterThanOrEqual(3);
    expect(acknowledged.length).toBeGreaterThan(cycles);
  }, 60_000);
});

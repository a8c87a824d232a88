/**
 * Builds the app if the build is stale, starts `next start` on a free loopback port against a
 * throw-away database, waits until /api/health answers, and stops it all after the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureFreshBuild, NEXT_CLI } from '../../scripts/lib/next-build';
import { freePort } from '../../scripts/lib/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode} before answering.`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer ${baseUrl}/api/health within ${timeoutMs} ms.`);
}

export default async function setup(project: TestProject) {
  ensureFreshBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_CLI, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_PATH: path.join(dataDir, 'app.db'), NEXT_TELEMETRY_DISABLED: '1', TRIP_DATES_TODAY: '2026-12-04' },
  });
  try {
    await waitForHealth(baseUrl, server, 60_000);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

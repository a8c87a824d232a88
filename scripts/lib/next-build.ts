/**
 * Knows whether .next holds a build of the current sources, and makes one when it does not.
 * Used by `npm start` and the browser tests, so neither serves or tests a stale build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PLANNER_WORKER_BUNDLE } from '@/lib/planner-pool/worker-pool';
import { buildPlannerWorker } from './planner-worker-bundle';

const ROOT = process.cwd();
const BUILD_ID = path.join(ROOT, '.next', 'BUILD_ID');
/** Everything whose change can change the build output. */
const INPUTS = ['app', 'components', 'lib', 'db', 'data', 'public', 'messages', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];

/** Path of Next's CLI entry point, run with the current Node binary. */
export const NEXT_CLI = createRequire(import.meta.url).resolve('next/dist/bin/next');

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when there is no production build, or a source is newer than it. */
export function buildIsStale(): boolean {
  if (!fs.existsSync(BUILD_ID) || !fs.existsSync(PLANNER_WORKER_BUNDLE)) return true;
  const built = fs.statSync(BUILD_ID).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

/** Runs `next build` and bundles the planner worker when the build is stale; throws if the build fails. */
export function ensureFreshBuild(): void {
  if (!buildIsStale()) return;
  console.log('Building the app (sources changed since the last build)…');
  const result = spawnSync(process.execPath, [NEXT_CLI, 'build'], { stdio: 'inherit', cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status ?? 'unknown'}; see the output above.`);
  buildPlannerWorker();
}

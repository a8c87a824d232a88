/**
 * Bundles the planner's worker thread (lib/planner-pool/planner-worker.ts, with the planner, the
 * catalog's data and its packages) into one CommonJS file beside Next's build. Next's server chunks
 * cannot be loaded by a worker thread, and Turbopack copies a `new URL('./x.ts', import.meta.url)`
 * worker entry as an untranspiled asset, so the worker gets a bundle of its own, made with esbuild.
 */
import { buildSync } from 'esbuild';
import { PLANNER_WORKER_BUNDLE } from '@/lib/planner-pool/worker-pool';

export function buildPlannerWorker(): void {
  buildSync({
    entryPoints: ['lib/planner-pool/planner-worker.ts'],
    outfile: PLANNER_WORKER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
}

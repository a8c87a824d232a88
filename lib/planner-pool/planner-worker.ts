/**
 * A planner worker thread (started by worker-pool.ts): loads the catalog as it starts, before the
 * first task waits on it, then runs one task per message and posts back the result or the error as data.
 */
import { parentPort } from 'node:worker_threads';
import { getCatalog } from '@/lib/data/catalog';
import { runTask, type PlannerTask } from './tasks';
import { toThreadError } from './thread-errors';

const port = parentPort;
if (!port) throw new Error('planner-worker.ts runs as a worker thread; start it through lib/planner-pool/worker-pool.ts.');

const catalog = getCatalog();

port.on('message', (task: PlannerTask) => {
  try {
    port.postMessage({ ok: true, value: runTask(task, catalog) });
  } catch (error) {
    port.postMessage({ ok: false, error: toThreadError(error) });
  }
});

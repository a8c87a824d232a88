/**
 * Planning on worker threads, so a plan's CPU time never blocks the request thread (health checks,
 * saved pages and static files keep answering while trips are planned). At most `workers` tasks run
 * at once, one per thread; up to `queueLimit` more wait; past that a task is refused at once with a
 * ServiceBusyError (503 + Retry-After) rather than queued without bound. All threads start with the
 * pool (each loads the catalog then, not during a request's plan); one that dies is replaced on the next task.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ServiceBusyError } from '@/lib/errors';
import type { PlannerTask, TaskResult } from './tasks';
import { fromThreadError, type ThreadError } from './thread-errors';

export interface WorkerPoolOptions {
  workers: number;
  queueLimit: number;
}

interface Job {
  task: PlannerTask;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: ThreadError };

/** First guess at a task's duration for Retry-After, before any has finished (a 10-day plan on 2 busy cores). */
const INITIAL_TASK_MS = 300;

/**
 * The worker's own bundle, written beside Next's build by `npm run build` (scripts/lib/planner-worker-bundle.ts):
 * Next bundles server code into chunks a worker thread cannot load by itself.
 */
export const PLANNER_WORKER_BUNDLE = path.join(process.cwd(), '.next', 'planner-worker.cjs');

/** Whether worker threads can be started here: from the sources (tests, scripts) or from a build with its worker bundle. */
export function plannerWorkerAvailable(fs: { existsSync(file: string): boolean }): boolean {
  return runFromSource() || fs.existsSync(PLANNER_WORKER_BUNDLE);
}

/** Run from TypeScript source (vitest, tsx), this module is a .ts file, and the worker loads through tsx. */
function runFromSource(): boolean {
  return import.meta.url.endsWith('.ts');
}

function startPlannerWorker(): Worker {
  // Taken at run time: Turbopack analyses `new Worker(…)` from an import and tries to bundle its target.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  if (runFromSource()) return new Worker(path.join(path.dirname(fileURLToPath(import.meta.url)), 'planner-worker.ts'), { execArgv: ['--require', 'tsx/cjs'] });
  return new Worker(PLANNER_WORKER_BUNDLE);
}

export class PlannerWorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #idle: Worker[] = [];
  readonly #running = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #threads = 0;
  #taskMs = INITIAL_TASK_MS;

  constructor(options: WorkerPoolOptions) {
    if (options.workers < 1) throw new RangeError('A worker pool needs at least one worker; plan in process instead.');
    this.#options = options;
    while (this.#threads < options.workers) this.#idle.push(this.#start());
  }

  /** Runs the task on a worker thread; rejects with the task's error rebuilt (thread-errors.ts), or ServiceBusyError when the queue is full. */
  run<T extends PlannerTask>(task: T): Promise<TaskResult<T>> {
    const canStart = this.#idle.length > 0 || this.#threads < this.#options.workers;
    if (!canStart && this.#queue.length >= this.#options.queueLimit) return Promise.reject(new ServiceBusyError(this.#retryAfterSeconds()));
    return new Promise((resolve, reject) => {
      this.#queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.#dispatch();
    });
  }

  /** Stops every thread; tasks still waiting or running are rejected. */
  async close(): Promise<void> {
    const stopped = new Error('The planner pool was closed.');
    for (const job of this.#queue.splice(0)) job.reject(stopped);
    const threads = [...this.#idle.splice(0), ...this.#running.keys()];
    for (const job of this.#running.values()) job.reject(stopped);
    this.#running.clear();
    this.#threads = 0;
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  /** Seconds until a task queued now would likely start: the queue ahead of it spread over the threads. */
  #retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(((this.#queue.length + 1) / this.#options.workers) * (this.#taskMs / 1000)));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const thread = this.#idle.pop() ?? (this.#threads < this.#options.workers ? this.#start() : undefined);
      if (!thread) return;
      const job = this.#queue.shift() as Job;
      this.#running.set(thread, job);
      const started = performance.now();
      thread.once('message', (reply: Reply) => {
        this.#taskMs = 0.8 * this.#taskMs + 0.2 * (performance.now() - started);
        this.#running.delete(thread);
        this.#idle.push(thread);
        if (reply.ok) job.resolve(reply.value);
        else job.reject(fromThreadError(reply.error));
        this.#dispatch();
      });
      thread.postMessage(job.task);
    }
  }

  #start(): Worker {
    const thread = startPlannerWorker();
    this.#threads++;
    // An idle pool must not keep a script or a test process alive.
    thread.unref();
    const lost = (reason: Error) => {
      if (!this.#forget(thread)) return;
      this.#running.get(thread)?.reject(reason);
      this.#running.delete(thread);
      this.#dispatch();
    };
    thread.on('error', (error) => lost(error));
    thread.on('exit', (code) => lost(new Error(`A planner worker thread stopped (exit code ${code}).`)));
    return thread;
  }

  /** Drops a dead thread from the pool; false when it was already dropped. */
  #forget(thread: Worker): boolean {
    const idleAt = this.#idle.indexOf(thread);
    if (idleAt >= 0) this.#idle.splice(idleAt, 1);
    else if (!this.#running.has(thread)) return false;
    this.#threads--;
    return true;
  }
}

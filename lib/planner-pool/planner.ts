/**
 * The one small interface request paths plan through: `plan` a trip, `replan` a saved plan with an
 * edit. The app's planner (`appPlanner`) in production is a worker pool sized by PLANNER_WORKERS (one
 * per core by default), so planning runs off the request thread; with PLANNER_WORKERS=0 (the unit
 * tests) or under `next dev` it plans in process, as scripts do. Either way the answers, and the errors, are the same.
 */
import fs from 'node:fs';
import { env } from '@/lib/config/env';
import { getCatalog } from '@/lib/data/catalog';
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTripCached } from '@/lib/planner/plan-cache';
import type { PlanRequest } from '@/lib/planner/request';
import type { PlanEdit } from '@/lib/plans/edits';
import type { PlanContent } from '@/lib/plans/replan';
import { runTask, type PlannerTask, type ReplanResult, type TaskResult } from './tasks';
import { PlannerWorkerPool, plannerWorkerAvailable, PLANNER_WORKER_BUNDLE } from './worker-pool';

export interface Planner {
  plan(request: PlanRequest): Promise<Itinerary>;
  replan(current: PlanContent, edit: PlanEdit): Promise<ReplanResult>;
}

function plannerOf(run: <T extends PlannerTask>(task: T) => Promise<TaskResult<T>>): Planner {
  return {
    plan: (request) => run({ kind: 'plan', request }),
    // Only the content crosses to a worker, not a stored plan's other fields.
    replan: (current, edit) => run({ kind: 'replan', current: { request: current.request, itinerary: current.itinerary }, edit }),
  };
}

/** Plans on the calling thread with `catalog`. */
export function inProcessPlanner(catalog: Catalog): Planner {
  return plannerOf(async (task) => runTask(task, catalog));
}

/** Plans on `pool`'s worker threads, each with the app's catalog. */
export function poolPlanner(pool: PlannerWorkerPool): Planner {
  return plannerOf((task) => pool.run(task));
}

// Next.js bundles each route and page with its own copy of this module: one pool per process, on globalThis.
const STORE = Symbol.for('bridgeway.planner');

/** The app's planner, made on first use from the configuration. */
export function appPlanner(): Planner {
  const global = globalThis as typeof globalThis & { [STORE]?: Planner };
  if (!global[STORE]) {
    const { PLANNER_WORKERS: workers, PLANNER_QUEUE_LIMIT: queueLimit } = env();
    // `next dev` plans in process: a worker bundle there would be from the last build, not the sources.
    const wanted = workers > 0 && process.env.NODE_ENV === 'production';
    const available = wanted && plannerWorkerAvailable(fs);
    // A build made by `next build` alone: plan as before rather than fail every plan.
    if (wanted && !available) console.warn(`No planner worker bundle at ${PLANNER_WORKER_BUNDLE} (npm run build makes it): planning on the request thread.`);
    global[STORE] = available ? poolPlanner(new PlannerWorkerPool({ workers, queueLimit })) : inProcessPlanner(getCatalog());
  }
  return global[STORE];
}

/** A trip planned by the app's planner, through the recent-plans cache (lib/planner/plan-cache.ts). */
export function appPlan(request: PlanRequest): Promise<Itinerary> {
  return planTripCached(request, getCatalog(), (r) => appPlanner().plan(r));
}

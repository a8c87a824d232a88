/**
 * What the planner does for a request thread, as plain data that can cross to a worker thread and
 * back (structured clone): plan a new trip, or apply an edit to a saved plan and plan it again.
 * `runTask` is the one place that maps a task to the planner, for the worker and the in-process path alike.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequest } from '@/lib/planner/request';
import type { PlanEdit } from '@/lib/plans/edits';
import { replanWithEdit, type PlanContent } from '@/lib/plans/replan';

export type ReplanResult = ReturnType<typeof replanWithEdit>;

export type PlannerTask = { kind: 'plan'; request: PlanRequest } | { kind: 'replan'; current: PlanContent; edit: PlanEdit };

export type TaskResult<T extends PlannerTask> = T extends { kind: 'plan' } ? Itinerary : ReplanResult;

/** Runs a task with `catalog`; throws what the planner throws (ValidationError for an impossible trip or edit). */
export function runTask<T extends PlannerTask>(task: T, catalog: Catalog): TaskResult<T> {
  if (task.kind === 'plan') return planTrip(task.request, catalog) as TaskResult<T>;
  return replanWithEdit(task.current, task.edit, catalog) as TaskResult<T>;
}

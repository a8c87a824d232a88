/**
 * An edit, end to end and without storage: apply it to the plan's request, re-plan, and make sure the
 * planner kept what the edit asked for. The API route wraps this with loading and saving revisions.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import { ValidationError } from '@/lib/errors';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequest } from '@/lib/planner/request';
import { applyEdit, dayVisits, pinsNotKept, type EditResult, type PlanEdit } from './edits';

/** A plan's content: the request and the itinerary planned from it. */
export interface PlanContent {
  request: PlanRequest;
  itinerary: Itinerary;
}

/**
 * Applies `edit` to `current` and re-plans. Throws ValidationError (400) naming the edit's field when
 * the edit is impossible: unknown place, day outside the trip or spent travelling, a pin the planner
 * cannot keep (closed then, no time), an order it cannot keep. `current` is never modified.
 */
export function replanWithEdit(current: PlanContent, edit: PlanEdit, catalog: Catalog): PlanContent & { change: string } {
  for (const [field, id] of editedPlaces(edit)) {
    if (!catalog.places.has(id)) throw new ValidationError(`Invalid edit: ${field}: unknown place "${id}". Use a place id from /api/destinations/{slug}.`, [{ field, reason: `unknown place "${id}"` }]);
  }
  const result = applyEdit(current.request, current.itinerary, edit);
  const itinerary = planOrExplain(result, edit, catalog);
  // An order the planner cannot keep (opening hours, meals, travel times) is refused, not half-kept.
  const problems = [...pinsNotKept(itinerary, result.expectedPins), ...orderNotKept(itinerary, edit)];
  const first = problems[0];
  if (first) throw new ValidationError(`The plan cannot keep this edit: ${first.field}: ${first.reason}. Choose another day, time or order.`, problems);
  return { request: result.request, itinerary, change: result.change };
}

/** Plans the edited request; the planner's own 400s are renamed to the edit's fields where they stem from it. */
function planOrExplain(result: EditResult, edit: PlanEdit, catalog: Catalog): Itinerary {
  try {
    return planTrip(result.request, catalog);
  } catch (error) {
    if (!(error instanceof ValidationError) || !Array.isArray(error.details)) throw error;
    const fieldOf = editFieldFor(result.request, edit);
    const details = (error.details as { field: string; reason: string }[]).map(({ field, reason }) => ({ field: fieldOf(field), reason }));
    const first = details[0] as { field: string; reason: string };
    throw new ValidationError(`This edit cannot be planned: ${first.field}: ${first.reason}. Change the edit and send it again.`, details);
  }
}

/**
 * Maps a field of the edited request to the edit body's field: a pin the edit set is blamed on the
 * edit's `day` (or `placeIds.i` for a reorder); update_trip's fields keep their names; anything else is
 * reported as `request.<field>` (a rule of the whole trip, e.g. too few days for the flights).
 */
function editFieldFor(request: PlanRequest, edit: PlanEdit): (field: string) => string {
  return (field) => {
    const pin = /^pinned\.(\d+)\./.exec(field);
    const placeId = pin ? request.pinned[Number(pin[1])]?.placeId : undefined;
    if (placeId !== undefined) {
      if ('placeId' in edit && edit.placeId === placeId) return 'day';
      if (edit.type === 'reorder_day' && edit.placeIds.includes(placeId)) return `placeIds.${edit.placeIds.indexOf(placeId)}`;
    }
    const top = field.split('.')[0] as string;
    if (edit.type === 'update_trip' && top in edit) return field;
    return `request.${field}`;
  };
}

/** The place ids an edit names, with the body field naming each. */
function editedPlaces(edit: PlanEdit): [string, string][] {
  if ('placeId' in edit) return [['placeId', edit.placeId]];
  if (edit.type === 'reorder_day') return edit.placeIds.map((id, i) => [`placeIds.${i}`, id]);
  return [];
}

/** reorder_day: the listed places must appear on the day in the listed order. */
function orderNotKept(itinerary: Itinerary, edit: PlanEdit): { field: string; reason: string }[] {
  if (edit.type !== 'reorder_day') return [];
  const listed = new Set(edit.placeIds);
  const order = dayVisits(itinerary, edit.day).map((v) => v.placeId).filter((id) => listed.has(id));
  if (order.length === edit.placeIds.length && order.every((id, i) => id === edit.placeIds[i])) return [];
  return [{ field: 'placeIds', reason: `the planner cannot keep this order on day ${edit.day} (opening hours, meals or travel times); it would be ${order.join(', ')}` }];
}

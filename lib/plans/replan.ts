/**
 * An edit, end to end and without storage: apply it to the plan's request, plan again the days it
 * names, and make sure the planner kept what the edit asked for. The API route wraps this with
 * loading and saving revisions.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import { ValidationError } from '@/lib/errors';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { PlanRequest } from '@/lib/planner/request';
import { FrameChangedError, type KeptDays } from '@/lib/planner/kept-days';
import { applyEdit, dayVisits, pinsNotKept, type EditResult, type PlanEdit } from './edits';
import { dayChanges, type EditEffects } from './edit-effects';

/** A plan's content: the request and the itinerary planned from it. */
export interface PlanContent {
  request: PlanRequest;
  itinerary: Itinerary;
}

/**
 * Applies `edit` to `current` and plans again only the days the edit names (editDays); every other
 * day keeps its items exactly. A change of trip settings or a re-plan plans the whole trip, and so
 * does an edit of a plan whose days the planner now frames differently (an older plan): `effects`
 * says which, and lists what changed on each day. Throws ValidationError (400) naming the edit's
 * field when the edit is impossible: unknown place, day outside the trip or spent travelling, a pin
 * the planner cannot keep (closed then, no time), an order it cannot keep. `current` is never modified.
 */
export function replanWithEdit(current: PlanContent, edit: PlanEdit, catalog: Catalog): PlanContent & { change: string; effects: EditEffects } {
  for (const [field, id] of editedPlaces(edit)) {
    if (!catalog.places.has(id)) throw new ValidationError(`Invalid edit: ${field}: unknown place "${id}". Use a place id from /api/destinations/{slug}.`, [{ field, reason: `unknown place "${id}"` }]);
  }
  const result = applyEdit(current.request, current.itinerary, edit);
  const { itinerary, reason } = planEdited(current, result, edit, catalog);
  // An order the planner cannot keep (opening hours, meals, travel times) is refused, not half-kept.
  const problems = [...pinsNotKept(itinerary, result.expectedPins), ...orderNotKept(itinerary, edit)];
  const first = problems[0];
  if (first) throw new ValidationError(`The plan cannot keep this edit: ${first.field}: ${first.reason}. Choose another day, time or order.`, problems);
  const effects: EditEffects = { scope: reason ? 'trip' : 'days', ...(reason ? { reason } : {}), changes: dayChanges(current.itinerary, itinerary) };
  return { request: result.request, itinerary, change: result.change, effects };
}

/**
 * The edited plan: only the edit's days planned again where the edit names days; else (or when the
 * old days cannot be kept) the whole trip, with the reason.
 */
function planEdited(current: PlanContent, result: EditResult, edit: PlanEdit, catalog: Catalog): { itinerary: Itinerary; reason?: EditEffects['reason'] } {
  if (edit.type === 'update_trip') return { itinerary: planOrExplain(result, edit, catalog), reason: 'trip_settings' };
  if (edit.type === 'replan') return { itinerary: planOrExplain(result, edit, catalog), reason: 'replan' };
  try {
    if (edit.type === 'add_place' && edit.day === undefined && visitDay(current.itinerary, edit.placeId) === undefined) return { itinerary: addOnBestDay(current.itinerary, result, edit, catalog) };
    return { itinerary: planOrExplain(result, edit, catalog, { itinerary: current.itinerary, replan: new Set(editDays(current.itinerary, edit)) }) };
  } catch (error) {
    if (!(error instanceof FrameChangedError)) throw error;
    return { itinerary: planOrExplain(result, edit, catalog), reason: 'older_plan' };
  }
}

/**
 * The days a place edit plans again: the day it names and the day the place is on now (a move takes
 * it from one to the other; removing or unpinning touches only the place's own day).
 */
export function editDays(itinerary: Itinerary, edit: PlanEdit): number[] {
  const days = new Set<number>();
  if ('day' in edit && edit.day !== undefined) days.add(edit.day);
  const from = 'placeId' in edit ? visitDay(itinerary, edit.placeId) : undefined;
  if (from !== undefined) days.add(from);
  return [...days].sort((a, b) => a - b);
}

/** The day a place is visited on, if it is. */
function visitDay(itinerary: Itinerary, placeId: string): number | undefined {
  return itinerary.days.find((day) => day.items.some((item) => item.type === 'visit' && item.placeId === placeId))?.dayNumber;
}

/**
 * add_place without a day: the place goes on the one day of its destination where the plan is worth
 * most with it (the earliest among equals); the other days stay as they are. A 400 when no day has room.
 */
function addOnBestDay(itinerary: Itinerary, result: EditResult, edit: PlanEdit & { type: 'add_place' }, catalog: Catalog): Itinerary {
  const destination = catalog.places.get(edit.placeId)?.destination;
  let best: Itinerary | undefined;
  for (const day of itinerary.days) {
    if (day.destination !== destination) continue;
    const planned = planOrExplain(result, edit, catalog, { itinerary, replan: new Set([day.dayNumber]) });
    if (visitDay(planned, edit.placeId) === undefined) continue;
    if (!best || planned.summary.score > best.summary.score) best = planned;
  }
  if (best) return best;
  const reason = `no day in ${destination ?? 'its destination'} has room for ${edit.placeId} (closed on those days, or they are full)`;
  throw new ValidationError(`The plan cannot keep this edit: placeId: ${reason}. Choose a day for it, or remove a place from a day first.`, [{ field: 'placeId', reason }]);
}

/** Plans the edited request (only `keep`'s days when given); the planner's own 400s are renamed to the edit's fields where they stem from it. */
function planOrExplain(result: EditResult, edit: PlanEdit, catalog: Catalog, keep?: KeptDays): Itinerary {
  try {
    return planTrip(result.request, catalog, keep);
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

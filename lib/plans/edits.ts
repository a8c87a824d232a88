/**
 * Edits to a saved plan. An edit never touches the itinerary directly: it changes the plan's REQUEST
 * (must-see, avoid, pins, dates, pace…) and the plan is then re-planned from it, so the planner's
 * rules (opening hours, no overlaps, no avoided place) hold after every edit. Pure functions: the
 * API route loads the current revision, calls applyEdit, plans, checks pinsKept and saves.
 */
import { z } from 'zod';
import { interest, priceLevel } from '@/lib/data/schema';
import { ValidationError } from '@/lib/errors';
import { renderText } from '@/lib/i18n/localize-itinerary';
import type { Itinerary, ItineraryItem } from '@/lib/planner/itinerary';
import { newTripStartDate } from '@/lib/planner/new-trip-request';
import { locale, MAX_DAYS, pace, planRequest, type PlanRequest, type PlanRequestInput } from '@/lib/planner/request';
import { clockToMinutes } from '@/lib/time/local-time';
import { describeChange, type PlanChange } from './change';

const placeId = z.string().trim().min(1).max(80);
const day = z.number().int().min(1).max(MAX_DAYS);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. 08:30');
/** The revision the client's edit was made on; a stale one is refused (409) instead of overwriting. */
const baseRevision = z.number().int().min(1);

/** The body of `PATCH /api/plans/{id}`: one edit, named by `type`, and the revision it was made on. */
export const planEdit = z.discriminatedUnion('type', [
  z.object({ type: z.literal('remove_place'), baseRevision, placeId }).strict(),
  z.object({ type: z.literal('add_place'), baseRevision, placeId, day: day.optional() }).strict(),
  z.object({ type: z.literal('move_place'), baseRevision, placeId, day }).strict(),
  z.object({ type: z.literal('reorder_day'), baseRevision, day, placeIds: z.array(placeId).min(1).max(20) }).strict(),
  z.object({ type: z.literal('pin_place'), baseRevision, placeId, day, start: clock.optional() }).strict(),
  z.object({ type: z.literal('unpin_place'), baseRevision, placeId }).strict(),
  z
    .object({
      type: z.literal('update_trip'),
      baseRevision,
      startDate: newTripStartDate.optional(),
      days: day.optional(),
      pace: pace.optional(),
      /** Replaces all interest weights (unlisted interests weigh 0.5). */
      interests: z.partialRecord(interest, z.number().min(0).max(1)).optional(),
      budget: priceLevel.optional(),
      travellers: z.object({ adults: z.number().int().min(1).max(20), children: z.number().int().min(0).max(20).default(0) }).strict().optional(),
      /** Destination slugs; null plans all destinations of the visited country again. */
      destinations: z.array(placeId).min(1).max(5).nullable().optional(),
      keepOrder: z.boolean().optional(),
      locale: locale.optional(),
    })
    .strict()
    .refine((edit) => Object.keys(edit).some((key) => key !== 'type' && key !== 'baseRevision'), { message: 'name at least one trip field to change' }),
  z.object({ type: z.literal('replan'), baseRevision }).strict(),
]);

export type PlanEdit = z.infer<typeof planEdit>;

/** A pin an edit asks for, and the edit field to blame when the planner cannot keep it. */
export interface ExpectedPin {
  placeId: string;
  day: number;
  start?: string;
  field: string;
}

export interface EditResult {
  /** The new request, parsed with planRequest (defaults applied). */
  request: PlanRequest;
  /** A short English description for the revision list, e.g. "moved gyeongbokgung to day 3" (see change.ts). */
  change: string;
  /** Pins this edit sets; the route refuses the edit (400) if the re-plan cannot keep one of them. */
  expectedPins: ExpectedPin[];
}

/**
 * Applies an edit to the request a plan was planned from. `itinerary` is the current plan (needed by
 * reorder_day for its times). Throws ValidationError naming the edit's field when the edit cannot
 * apply (a day outside the trip, a reorder that does not list that day's places), or `request.*`
 * fields when the resulting request breaks a rule. Unknown place ids and pins on travel days are
 * caught later by planTrip.
 */
export function applyEdit(request: PlanRequest, itinerary: Itinerary, edit: PlanEdit): EditResult {
  const next: PlanRequestInput = structuredClone(request);
  const pinned = (next.pinned ??= []);
  const setPin = (pin: { placeId: string; day: number; start?: string; order?: number }) => {
    next.pinned = [...(next.pinned ?? []).filter((p) => p.placeId !== pin.placeId), pin];
  };
  const unavoid = (id: string) => {
    next.avoid = (next.avoid ?? []).filter((a) => a !== id);
  };
  const checkDay = (d: number) => {
    if (d > request.days) throw editError('day', `must be within the trip's ${request.days} days`);
  };
  let change: PlanChange;
  const expectedPins: ExpectedPin[] = [];

  switch (edit.type) {
    case 'remove_place':
      next.avoid = [...new Set([...(next.avoid ?? []), edit.placeId])];
      next.mustSee = (next.mustSee ?? []).filter((id) => id !== edit.placeId);
      next.pinned = pinned.filter((p) => p.placeId !== edit.placeId);
      change = { kind: 'removed', placeId: edit.placeId };
      break;
    case 'add_place':
      unavoid(edit.placeId);
      if (edit.day !== undefined) {
        checkDay(edit.day);
        setPin({ placeId: edit.placeId, day: edit.day });
        expectedPins.push({ placeId: edit.placeId, day: edit.day, field: 'day' });
        change = { kind: 'added', placeId: edit.placeId, day: edit.day };
      } else {
        if (!pinned.some((p) => p.placeId === edit.placeId)) next.mustSee = [...new Set([...(next.mustSee ?? []), edit.placeId])];
        change = { kind: 'added', placeId: edit.placeId };
      }
      break;
    case 'move_place':
      checkDay(edit.day);
      unavoid(edit.placeId);
      setPin({ placeId: edit.placeId, day: edit.day });
      expectedPins.push({ placeId: edit.placeId, day: edit.day, field: 'day' });
      change = { kind: 'moved', placeId: edit.placeId, day: edit.day };
      break;
    case 'pin_place':
      checkDay(edit.day);
      unavoid(edit.placeId);
      setPin({ placeId: edit.placeId, day: edit.day, ...(edit.start ? { start: edit.start } : {}) });
      expectedPins.push({ placeId: edit.placeId, day: edit.day, ...(edit.start ? { start: edit.start } : {}), field: edit.start ? 'start' : 'day' });
      change = { kind: 'pinned', placeId: edit.placeId, day: edit.day, ...(edit.start ? { start: edit.start } : {}) };
      break;
    case 'unpin_place':
      if (!pinned.some((p) => p.placeId === edit.placeId)) throw editError('placeId', `${edit.placeId} is not pinned`);
      next.pinned = pinned.filter((p) => p.placeId !== edit.placeId);
      // Unpinning frees the time, not the place: it stays wanted, wherever the planner fits it best.
      next.mustSee = [...new Set([...(next.mustSee ?? []), edit.placeId])];
      change = { kind: 'unpinned', placeId: edit.placeId };
      break;
    case 'reorder_day': {
      checkDay(edit.day);
      const pins = reorderPins(itinerary, edit.day, edit.placeIds);
      for (const pin of pins) setPin(pin);
      pins.forEach((pin, i) => expectedPins.push({ ...pin, field: `placeIds.${i}` }));
      change = { kind: 'reordered', day: edit.day };
      break;
    }
    case 'update_trip': {
      const { type: _type, baseRevision: _base, destinations, ...fields } = edit;
      Object.assign(next, fields);
      if (destinations === null) delete next.destinations;
      else if (destinations !== undefined) next.destinations = destinations;
      const days = next.days;
      next.pinned = (next.pinned ?? []).filter((p) => p.day <= days);
      const named = Object.keys(edit).filter((key) => key !== 'type' && key !== 'baseRevision');
      change = { kind: 'changed', fields: named };
      break;
    }
    case 'replan':
      change = { kind: 'replanned' };
      break;
  }

  const parsed = planRequest.safeParse(next);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({ field: ['request', ...issue.path].join('.'), reason: issue.message }));
    const first = details[0] as { field: string; reason: string };
    throw new ValidationError(`This edit would make the trip invalid: ${first.field}: ${first.reason}. Change the edit and send it again.`, details);
  }
  return { request: parsed.data, change: describeChange(change), expectedPins };
}

/**
 * reorder_day as pins: every listed place stays on the day, with `order` = its position, so the
 * planner visits them in that order (fitting meals and other stops around them). The list must name
 * exactly the places visited that day.
 */
export function reorderPins(itinerary: Itinerary, dayNumber: number, placeIds: readonly string[]): { placeId: string; day: number; order: number }[] {
  const visits = dayVisits(itinerary, dayNumber);
  const current = visits.map((v) => v.placeId).sort();
  const wanted = [...placeIds].sort();
  if (current.length !== wanted.length || current.some((id, i) => id !== wanted[i])) {
    throw editError('placeIds', `list exactly the places visited on day ${dayNumber}, in the new order: ${visits.map((v) => v.placeId).join(', ') || '(none)'}`);
  }
  return placeIds.map((placeId, order) => ({ placeId, day: dayNumber, order }));
}

/** The visits of a day, in time order. */
export function dayVisits(itinerary: Itinerary, dayNumber: number): (ItineraryItem & { placeId: string })[] {
  return (itinerary.days[dayNumber - 1]?.items ?? []).filter((item): item is ItineraryItem & { placeId: string } => item.type === 'visit' && item.placeId !== undefined);
}

/**
 * The pins an edit asked for that the re-planned itinerary does not keep (a place closed on that day
 * or at that time, or no time left), as validation problems naming the edit's field. Empty when the
 * edit took effect.
 */
export function pinsNotKept(itinerary: Itinerary, expected: readonly ExpectedPin[]): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  for (const pin of expected) {
    const visit = itinerary.days[pin.day - 1]?.items.find((item) => item.type === 'visit' && item.placeId === pin.placeId);
    if (visit && (!pin.start || localMinutes(visit.start) === clockToMinutes(pin.start))) continue;
    const why = itinerary.warnings.find((w) => w.placeId === pin.placeId && w.code.startsWith('must_see'));
    const at = pin.start ? ` at ${pin.start}` : '';
    problems.push({ field: pin.field, reason: `${pin.placeId} cannot be visited on day ${pin.day}${at}${why ? `: ${renderText(why.text, itinerary.names, 'en')}` : ' (closed then, or no time left that day)'}` });
  }
  return problems;
}

function localMinutes(iso: string): number {
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}

function editError(field: string, reason: string): ValidationError {
  return new ValidationError(`Invalid edit: ${field}: ${reason}. Fix it and send it again.`, [{ field, reason }]);
}

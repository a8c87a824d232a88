/**
 * What an edit did to the itinerary, day by day: the places it added (and when), removed, or moved
 * to another time. Facts and codes only (the editor words them in the reader's language). Stored
 * with each revision, so the revision list keeps them after later edits.
 */
import { z } from 'zod';
import type { Itinerary } from '@/lib/planner/itinerary';

export const dayChange = z
  .object({
    day: z.number().int().min(1),
    kind: z.enum(['added', 'removed', 'retimed']),
    placeId: z.string().min(1),
    /** Local HH:MM the visit starts at now (added, retimed). */
    start: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional(),
  })
  .strict();
export type DayChange = z.infer<typeof dayChange>;

/**
 * How far an edit reached: `days` when only the days it names were planned again; `trip` when the
 * whole trip was (a change of trip settings, a re-plan, a restore, or a plan the planner frames
 * differently now: `reason` says which).
 */
export const editEffects = z
  .object({
    scope: z.enum(['days', 'trip']),
    reason: z.enum(['trip_settings', 'replan', 'restore', 'older_plan']).optional(),
    changes: z.array(dayChange),
  })
  .strict();
export type EditEffects = z.infer<typeof editEffects>;

/** The visits of each day, by place: where each starts. */
function visitsByDay(itinerary: Itinerary): Map<number, Map<string, string>> {
  return new Map(itinerary.days.map((day) => [day.dayNumber, new Map(day.items.flatMap((item) => (item.type === 'visit' && item.placeId ? [[item.placeId, item.start.slice(11, 16)] as const] : [])))]));
}

/** Every visit added, removed or moved in time between two itineraries of one plan, by day then kind. */
export function dayChanges(before: Itinerary, after: Itinerary): DayChange[] {
  const old = visitsByDay(before);
  const changes: DayChange[] = [];
  for (const [day, visits] of visitsByDay(after)) {
    const was = old.get(day) ?? new Map<string, string>();
    for (const [placeId, start] of visits) {
      const then = was.get(placeId);
      if (then === undefined) changes.push({ day, kind: 'added', placeId, start });
      else if (then !== start) changes.push({ day, kind: 'retimed', placeId, start });
    }
    for (const placeId of was.keys()) if (!visits.has(placeId)) changes.push({ day, kind: 'removed', placeId });
  }
  // Days the new itinerary no longer has (a shorter trip) lose all their visits.
  for (const [day, was] of old) if (!after.days.some((d) => d.dayNumber === day)) for (const placeId of was.keys()) changes.push({ day, kind: 'removed', placeId });
  return changes;
}

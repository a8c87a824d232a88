/**
 * Full sightseeing days: a day with the whole of the pace's window on the ground in one destination
 * (no flight, no move to another city eating into it). Such a day is what the traveller pays a night
 * for, so it must hold at least a couple of visits while the destination still has places to offer.
 */
import { clockToMinutes } from '@/lib/time/local-time';
import { PACE } from './pace';
import { dayEndsFor } from './party';
import type { PlanRequest } from './request';
import type { RouteDay } from './route-day';

/** Fewest visits a full day may have: one on a relaxed day, else two. */
export function minVisitsPerFullDay(request: PlanRequest): number {
  return request.pace === 'relaxed' ? 1 : 2;
}

/** Whether the route is a full sightseeing day for this party. */
export function isFullDay(route: RouteDay, request: PlanRequest): boolean {
  const start = request.dayStart ? clockToMinutes(request.dayStart) : PACE[request.pace].dayStart;
  const end = request.dayEnd ? clockToMinutes(request.dayEnd) : dayEndsFor(request).dayEnd;
  return route.window.start <= start && route.window.end >= end;
}

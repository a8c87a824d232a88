/**
 * Requests for NEW trips (the API, the /plan query, saving, exporting a request, an update_trip
 * edit): their start date must lie in the window the server is configured with (trip-dates.ts,
 * lib/config/env.ts). Checked in parsing, before any planning, so an absurd date is a 400 naming
 * `startDate`, answered without calendar work. Stored plans are read with planRequest, so a plan
 * saved for last month still opens. Server-side: it reads the configuration.
 */
import { z } from 'zod';
import { env } from '@/lib/config/env';
import { planRequest } from './request';
import { startDateProblem, tripDateWindow, type TripDateWindow } from './trip-dates';

/** The window of start dates the server accepts now, counted from today (UTC) or TRIP_DATES_TODAY. */
export function currentTripDateWindow(): TripDateWindow {
  const config = env();
  return tripDateWindow({
    today: config.TRIP_DATES_TODAY ?? new Date().toISOString().slice(0, 10),
    daysBefore: config.TRIP_START_DAYS_BEFORE_TODAY,
    daysAfter: config.TRIP_START_DAYS_AFTER_TODAY,
  });
}

/** A start date a new trip may use: an update_trip edit names its own. */
export const newTripStartDate = z.iso.date('use an ISO date, e.g. 2026-12-20').superRefine((date, ctx) => {
  const problem = startDateProblem(date, currentTripDateWindow());
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A planRequest for a new plan: its start date lies in the window of new trips. */
export const newPlanRequest = planRequest.superRefine((request, ctx) => {
  const problem = startDateProblem(request.startDate, currentTripDateWindow());
  if (problem) ctx.addIssue({ code: 'custom', path: ['startDate'], message: problem });
});

/**
 * The planner's request: the zod schema every caller (API, saved plans, tests) parses through, and
 * its defaults. Rules that need the destination data (slugs, place ids, countries) are checked in
 * validate-request.ts; this file only knows shapes.
 */
import { z } from 'zod';
import { interest, priceLevel } from '@/lib/data/schema';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locale';

export const direction = z.enum(['KR_TO_KH', 'KH_TO_KR']);
export type Direction = z.infer<typeof direction>;

export const pace = z.enum(['relaxed', 'balanced', 'packed']);
export type Pace = z.infer<typeof pace>;

export const locale = z.enum(LOCALES);

const isoDate = z.iso.date('use an ISO date, e.g. 2026-12-20');


const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. 08:30');
const id = z.string().trim().min(1).max(80);

export const MAX_DAYS = 21;

export const planRequest = z
  .object({
    direction,
    /** IATA code of the airport the trip starts and ends at; defaults by direction. */
    homeAirport: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'use a 3-letter IATA code, e.g. ICN').optional(),
    /** Destination slugs in the visited country; all of them when omitted. */
    destinations: z.array(id).min(1).max(5).optional(),
    /** Visit destinations in the given order instead of the planner's. */
    keepOrder: z.boolean().default(false),
    /** Departure day from home (local date). */
    startDate: isoDate,
    /** Trip length, home to home, in days. */
    days: z.number().int().min(1).max(MAX_DAYS),
    pace: pace.default('balanced'),
    /** Weights 0–1 per interest; unspecified interests weigh 0.5. */
    interests: z.partialRecord(interest, z.number().min(0).max(1)).default({}),
    mustSee: z.array(id).max(40).default([]),
    avoid: z.array(id).max(200).default([]),
    /** Kept on `day` (and at `start`); pins of one day that carry `order` are visited in ascending order. */
    pinned: z
      .array(z.object({ placeId: id, day: z.number().int().min(1).max(MAX_DAYS), start: clockTime.optional(), order: z.number().int().min(0).max(40).optional() }))
      .max(40)
      .default([]),
    travellers: z
      .object({ adults: z.number().int().min(1).max(20).default(2), children: z.number().int().min(0).max(20).default(0) })
      .default({ adults: 2, children: 0 }),
    budget: priceLevel.default('mid'),
    dayStart: clockTime.optional(),
    dayEnd: clockTime.optional(),
    locale: locale.default(DEFAULT_LOCALE),
  })
  .strict()
  .superRefine((request, ctx) => {
    if (request.dayStart && request.dayEnd && request.dayStart >= request.dayEnd) {
      ctx.addIssue({ code: 'custom', path: ['dayEnd'], message: 'must be later than dayStart' });
    }
    request.pinned.forEach((pin, index) => {
      if (pin.day > request.days) {
        ctx.addIssue({ code: 'custom', path: ['pinned', index, 'day'], message: `must be within the trip's ${request.days} days` });
      }
    });
    const avoided = new Set(request.avoid);
    request.mustSee.forEach((placeId, index) => {
      if (avoided.has(placeId)) ctx.addIssue({ code: 'custom', path: ['mustSee', index], message: `${placeId} is also in avoid` });
    });
    request.pinned.forEach((pin, index) => {
      if (avoided.has(pin.placeId)) ctx.addIssue({ code: 'custom', path: ['pinned', index, 'placeId'], message: `${pin.placeId} is also in avoid` });
    });
  });

/** A request as sent (defaults optional). */
export type PlanRequestInput = z.input<typeof planRequest>;
/** A request with defaults applied: what the planner works from. */
export type PlanRequest = z.output<typeof planRequest>;

/**
 * A request's trip settings: everything but its place wishes (must-see, avoid, pins). The trip's frame
 * (destinations, days, flights, hotels) depends on these alone, so an edit of one place never moves a
 * day or a hotel, and only the days it names change (lib/plans/replan.ts).
 */
export type TripSettings = Omit<PlanRequest, 'mustSee' | 'avoid' | 'pinned'>;

/**
 * A zod schema of the Itinerary (itinerary.ts), for itineraries that come from outside: export
 * requests that carry one in the body. The `satisfies` check at the bottom keeps the two in step.
 */
import { z } from 'zod';
import { currencyCode, latitude, localMode, longitude, timeZone } from '@/lib/data/schema';
import { ITINERARY_SCHEMA_VERSION, type Itinerary } from './itinerary';
import { planRequest } from './request';

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'use an ISO local date-time with offset, e.g. 2026-12-21T09:30:00+09:00');
const text = (max: number) => z.string().max(max);
const isoDate = z.iso.date('use an ISO date, e.g. 2026-12-20');

export const itemType = z.enum(['flight', 'transfer', 'visit', 'meal', 'travel', 'free']);
export const travelMode = z.enum([...localMode.options, 'flight', 'ktx', 'bus', 'car', 'ferry', 'airport_rail']);

export const cost = z.object({ amount: z.number().nonnegative(), currency: currencyCode, usd: z.number().nonnegative() });

export const itineraryItem = z
  .object({
    type: itemType,
    start: localDateTime,
    end: localDateTime,
    name: text(300),
    placeId: text(80).optional(),
    lat: latitude.optional(),
    lon: longitude.optional(),
    fromHub: text(20).optional(),
    toHub: text(20).optional(),
    mode: travelMode.optional(),
    distanceKm: z.number().nonnegative().optional(),
    cost: cost.optional(),
    note: text(2000).optional(),
  })
  .refine((item) => Date.parse(item.start) <= Date.parse(item.end), { path: ['end'], message: 'must not be before start' });

export const stayRef = z.object({
  kind: z.enum(['area', 'hub', 'in_flight', 'home']),
  id: text(80),
  name: text(300),
  lat: latitude.optional(),
  lon: longitude.optional(),
});

export const itineraryDay = z.object({
  date: isoDate,
  dayNumber: z.number().int().min(1).max(60),
  destination: text(80).nullable(),
  timezone: timeZone,
  stay: stayRef,
  items: z.array(itineraryItem).max(60),
});

export const itinerarySchema = z.object({
  schemaVersion: z.literal(ITINERARY_SCHEMA_VERSION),
  request: planRequest,
  summary: z.object({
    title: text(300),
    direction: z.enum(['KR_TO_KH', 'KH_TO_KR']),
    startDate: isoDate,
    endDate: isoDate,
    days: z.number().int().min(1).max(60),
    destinations: z.array(text(80)).max(10),
    places: z.number().int().nonnegative(),
    distanceKm: z.number().nonnegative(),
    flightKm: z.number().nonnegative().optional(),
    score: z.number(),
  }),
  days: z.array(itineraryDay).min(1).max(60),
  costs: z.object({
    lines: z.array(
      z.object({
        kind: z.enum(['flights', 'intercity', 'transfers', 'local_transport', 'entrance_fees', 'stays', 'meals']),
        label: text(200),
        usd: z.number(),
      }),
    ),
    totalUsd: z.number(),
    totalKrw: z.number(),
    totalKhr: z.number(),
    ratesAsOf: text(40),
  }),
  warnings: z.array(
    z.object({
      code: text(80),
      severity: z.enum(['info', 'caution']),
      message: text(2000),
      placeId: text(80).optional(),
      dayNumber: z.number().int().min(1).optional(),
    }),
  ),
});

// Compile-time guard: a parsed itinerary is an Itinerary, and an Itinerary parses.
const _parsedIsItinerary = (parsed: z.output<typeof itinerarySchema>): Itinerary => parsed;
const _itineraryIsInput = (itinerary: Itinerary): z.input<typeof itinerarySchema> => itinerary;
void _parsedIsItinerary;
void _itineraryIsInput;

/**
 * The zod schema of the Itinerary (itinerary.ts), for every itinerary that comes from outside the
 * planner: stored revisions read back from the database and export requests that carry one. The
 * `satisfies` check at the bottom keeps the two in step; a localized itinerary (the API's answer,
 * with words added) parses too, its words dropped.
 */
import { z } from 'zod';
import { currencyCode, latitude, localMode, longitude, timeZone } from '@/lib/data/schema';
import { MESSAGE_CODES, type MessageCode } from '@/lib/i18n/catalogue';
import { ITINERARY_SCHEMA_VERSION, type Itinerary } from './itinerary';
import { referencesOf } from './itinerary-names';
import { direction, planRequest } from './request';

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'use an ISO local date-time with offset, e.g. 2026-12-21T09:30:00+09:00');
const text = (max: number) => z.string().max(max);
const isoDate = z.iso.date('use an ISO date, e.g. 2026-12-20');

export const itemType = z.enum(['flight', 'transfer', 'visit', 'meal', 'travel', 'free']);
export const travelMode = z.enum([...localMode.options, 'flight', 'ktx', 'bus', 'car', 'ferry', 'airport_rail']);

export const cost = z.object({ amount: z.number().nonnegative(), currency: currencyCode, usd: z.number().nonnegative() });

/**
 * A name in the three languages. Looser than data/'s localizedText (no script check): an old plan
 * may keep a name exactly as it was first shown.
 */
const localizedName = z.object({ en: text(300).min(1), ko: text(300).min(1), km: text(300).min(1) });

const nameKind = z.enum(['places', 'hubs', 'destinations', 'stayAreas']);
const nameRef = z.object({ ref: nameKind, id: text(80) }).strict();
const textParam = z.union([text(300), z.number(), nameRef, z.object({ mode: travelMode }).strict(), z.object({ text: z.object({ en: text(4000), ko: text(4000), km: text(4000) }) }).strict()]);

/** A coded text: a code of the message catalogue and the values it needs. */
export const codedText = z.object({
  code: z.enum(MESSAGE_CODES as [MessageCode, ...MessageCode[]]),
  params: z.record(z.string().max(40), textParam).optional(),
});

export const itineraryItem = z
  .object({
    type: itemType,
    start: localDateTime,
    end: localDateTime,
    title: codedText,
    placeId: text(80).optional(),
    lat: latitude.optional(),
    lon: longitude.optional(),
    fromHub: text(20).optional(),
    toHub: text(20).optional(),
    mode: travelMode.optional(),
    distanceKm: z.number().nonnegative().optional(),
    cost: cost.optional(),
    notes: z.array(codedText).max(10).optional(),
  })
  .refine((item) => Date.parse(item.start) <= Date.parse(item.end), { path: ['end'], message: 'must not be before start' });

export const stayRef = z.object({
  kind: z.enum(['area', 'hub', 'in_flight', 'home']),
  id: text(80),
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
    direction,
    startDate: isoDate,
    endDate: isoDate,
    days: z.number().int().min(1).max(60),
    destinations: z.array(text(80)).max(10),
    places: z.number().int().nonnegative(),
    distanceKm: z.number().nonnegative(),
    flightKm: z.number().nonnegative(),
    score: z.number(),
  }),
  days: z.array(itineraryDay).min(1).max(60),
  costs: z.object({
    lines: z.array(
      z.object({
        kind: z.enum(['flights', 'intercity', 'transfers', 'local_transport', 'entrance_fees', 'stays', 'meals']),
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
      text: codedText,
      placeId: text(80).optional(),
      dayNumber: z.number().int().min(1).optional(),
    }),
  ),
  names: z.object({
    places: z.record(text(80), localizedName),
    hubs: z.record(text(80), localizedName),
    destinations: z.record(text(80), localizedName),
    stayAreas: z.record(text(80), localizedName),
  }),
}).superRefine((itinerary, ctx) => {
  // Every name the itinerary refers to travels with it: a saved plan must read without the catalogue.
  for (const { ref, id } of referencesOf(itinerary)) {
    if (!(id in itinerary.names[ref])) ctx.addIssue({ code: 'custom', path: ['names', ref], message: `has no name for "${id}"` });
  }
});

// Compile-time guard: a parsed itinerary is an Itinerary, and an Itinerary parses.
const _parsedIsItinerary = (parsed: z.output<typeof itinerarySchema>): Itinerary => parsed;
const _itineraryIsInput = (itinerary: Itinerary): z.input<typeof itinerarySchema> => itinerary;
void _parsedIsItinerary;
void _itineraryIsInput;

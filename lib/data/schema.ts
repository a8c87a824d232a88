/**
 * Zod schemas for everything under data/. The loader (catalog.ts) parses each file once with these;
 * the rest of the app trusts the inferred types. Invariants that span records (unique ids, places
 * inside their destination's box, links pointing at real hubs) are checked in catalog.ts.
 */
import { z } from 'zod';

const HANGUL = /[\uAC00-\uD7A3]/;
const KHMER = /[\u1780-\u17FF]/;

/** Text in the product's three languages; ko must be Hangul and km Khmer script, not romanised. */
export const localizedText = z.object({
  en: z.string().trim().min(1),
  ko: z.string().trim().min(1).regex(HANGUL, 'must contain Hangul (write the Korean name, not a romanisation)'),
  km: z.string().trim().min(1).regex(KHMER, 'must contain Khmer script (write the Khmer name, not a romanisation)'),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const countryCode = z.enum(['KH', 'KR']);
export type CountryCode = z.infer<typeof countryCode>;

export const timeZone = z.enum(['Asia/Phnom_Penh', 'Asia/Seoul']);
export type TimeZone = z.infer<typeof timeZone>;

export const currencyCode = z.enum(['USD', 'KRW', 'KHR']);
export type CurrencyCode = z.infer<typeof currencyCode>;

export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);

export const money = z.object({
  amount: z.number().nonnegative(),
  currency: currencyCode,
});
export type Money = z.infer<typeof money>;

/** Where a fact came from: a URL or a citation a reader can follow. */
export const source = z.string().trim().min(3);

const month = z.number().int().min(1).max(12);

export const climateMonth = z.object({
  month,
  highC: z.number().min(-30).max(50),
  lowC: z.number().min(-40).max(40),
  rainMm: z.number().nonnegative(),
});

export const season = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  months: z.array(month).min(1),
  name: localizedText,
  /** What a traveller should know and do (pack, expect, avoid). */
  advice: localizedText,
  /** `caution` seasons become warnings in itineraries that touch them. */
  level: z.enum(['info', 'caution']),
});
export type Season = z.infer<typeof season>;

/** Ways of getting around inside a destination; the planner uses speed and fare for local legs. */
export const localMode = z.enum(['walk', 'tuktuk', 'ride_hail', 'taxi', 'subway', 'bus', 'rental_car', 'bicycle']);
export type LocalMode = z.infer<typeof localMode>;

export const localTransport = z.object({
  mode: localMode,
  name: localizedText,
  /** Typical door-to-door speed in km/h including waiting and traffic, not the top speed. */
  speedKmh: z.number().positive().max(120),
  /** Fare model: base + perKm × distance, in `currency`. Walking is base 0, perKm 0. */
  fare: z.object({ base: z.number().nonnegative(), perKm: z.number().nonnegative(), currency: currencyCode }),
  /** Longest hop this mode is sensible for (walk: ~1.5 km). */
  maxKm: z.number().positive().optional(),
  note: localizedText.optional(),
  source,
});
export type LocalTransport = z.infer<typeof localTransport>;

export const priceLevel = z.enum(['budget', 'mid', 'luxury']);
export type PriceLevel = z.infer<typeof priceLevel>;

export const stayArea = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedText,
  description: localizedText,
  lat: latitude,
  lon: longitude,
  /** Price levels of the lodging found in the area. */
  priceLevels: z.array(priceLevel).min(1),
  /** Typical nightly rate for a double room at each level, for cost estimates. */
  nightlyRate: z.object({ budget: money, mid: money, luxury: money }).partial().optional(),
});
export type StayArea = z.infer<typeof stayArea>;

/** A multi-day pass covering several places (the Angkor Pass). */
export const pass = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedText,
  options: z
    .array(
      z.object({
        /** Days of entry the pass allows. */
        days: z.number().int().positive(),
        price: money,
        /** Window in which those days must be used, counted from the first. */
        validForDays: z.number().int().positive(),
      }),
    )
    .min(1),
  /** Children under this age enter free (with their passport). */
  freeUnderAge: z.number().int().nonnegative().optional(),
  source,
});
export type Pass = z.infer<typeof pass>;

export const placeCategory = z.enum([
  'temple',
  'palace',
  'museum',
  'memorial',
  'nature',
  'viewpoint',
  'market',
  'food',
  'neighbourhood',
  'beach',
  'nightlife',
  'park',
  'shopping',
]);
export type PlaceCategory = z.infer<typeof placeCategory>;

/** Interests a traveller weights in a request; places carry the ones they satisfy. */
export const interest = z.enum(['history', 'culture', 'nature', 'food', 'shopping', 'nightlife', 'art', 'family', 'adventure', 'photography']);
export type Interest = z.infer<typeof interest>;

export const fee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({ kind: z.literal('ticket'), adult: money, child: money.optional(), note: localizedText.optional() }),
  /** Entry is covered by a pass defined on the destination (e.g. the Angkor Pass). */
  z.object({ kind: z.literal('pass'), passId: z.string() }),
]);
export type Fee = z.infer<typeof fee>;

/** The kinds of fact a place record states; each needs a dated source (`facts`). */
export const factAbout = z.enum(['hours', 'fee', 'location', 'closure', 'booking', 'visit']);
export type FactAbout = z.infer<typeof factAbout>;

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();

/**
 * One checked fact: what it covers, where it came from, and when someone compared our value with
 * that source (`checked`, not the day the page was published, which goes in `published`).
 */
export const placeFact = z.object({
  about: z.array(factAbout).min(1),
  source,
  checked: isoDate,
  /** When the source itself was published or last updated, as precisely as it says. */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /** What the source confirms or leaves unconfirmed, disagreements, the value chosen. */
  note: z.string().trim().min(1).optional(),
});
export type PlaceFact = z.infer<typeof placeFact>;

/**
 * A dated closure (works, damage, seasonal shutdown). `to` is the last closed day, inclusive;
 * without it the place is closed until further notice. `reopening-announced` (a date was announced
 * but has not been confirmed) is evaluated as closed like `closed`.
 */
export const closure = z.object({
  from: isoDate,
  to: isoDate.optional(),
  status: z.enum(['closed', 'reopening-announced']),
  source,
  checked: isoDate,
  note: localizedText.optional(),
});
export type Closure = z.infer<typeof closure>;

/** Traits a traveller can filter on. */
export const placeTag = z.enum(['kidFriendly', 'indoor', 'outdoor', 'dayTrip']);
export type PlaceTag = z.infer<typeof placeTag>;

export const place = z.object({
  /** Stable, never reused: links, saved plans and exports refer to it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase kebab-case'),
  name: localizedText,
  description: localizedText,
  /** Street-level address in English (or the official romanisation) for exports. */
  address: z.string().trim().min(3),
  /**
   * The address (or the name a driver knows, with the area) in the local script: Hangul for Korean
   * places, Khmer for Cambodian ones (parse-catalog checks the script against the country).
   */
  addressLocal: z.string().trim().min(2),
  lat: latitude,
  lon: longitude,
  /**
   * True while no source could confirm the coordinates to within ~150 m (the reason is in the
   * `location` fact's note):
   * travellers are told to check the address, and the map point is only near the place.
   */
  approximateLocation: z.boolean().default(false),
  category: placeCategory,
  interests: z.array(interest).min(1),
  /** 1–10: how much a first-time visitor would regret missing it. The planner's base value. */
  importance: z.number().int().min(1).max(10),
  visitMinutes: z.number().int().min(10).max(600),
  /**
   * OpenStreetMap opening_hours syntax, evaluated with the opening_hours package. `PH` is any public
   * holiday; `PH[...]` selects named holidays or moved closing days (see opening-hours.ts).
   */
  openingHours: z.string().trim().min(3),
  bestTime: z.enum(['sunrise', 'morning', 'afternoon', 'sunset', 'evening', 'night']).optional(),
  fee,
  booking: z.object({ required: z.boolean(), note: localizedText.optional() }),
  tags: z.array(placeTag).default([]),
  /** Where each kind of fact comes from and when it was checked; `hours` at least (parse-catalog). */
  facts: z.array(placeFact).min(1),
  /**
   * Dated closures. The catalog folds them into `openingHours` as date-range `off` rules, so every
   * evaluation of the hours (planner, explorer, itinerary) sees the place closed on those days.
   */
  closures: z.array(closure).optional(),
});
export type Place = z.infer<typeof place>;

export const destination = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  country: countryCode,
  name: localizedText,
  /** One line for destination cards. */
  tagline: localizedText,
  timezone: timeZone,
  currency: currencyCode,
  center: z.object({ lat: latitude, lon: longitude }),
  bbox: z.object({ south: latitude, west: longitude, north: latitude, east: longitude }),
  climate: z.array(climateMonth).length(12),
  seasons: z.array(season).min(1),
  bestMonths: z.array(month).min(1),
  transport: z.array(localTransport).min(2),
  stayAreas: z.array(stayArea).min(2),
  /** Typical price of one restaurant meal per person at each budget level (cost estimates only). */
  mealCost: z.object({ budget: money, mid: money, luxury: money, source }),
  passes: z.array(pass).default([]),
  places: z.array(place).min(15),
  sources: z.array(source).min(1),
});
export type Destination = z.infer<typeof destination>;

export const hubKind = z.enum(['airport', 'rail', 'bus']);

export const hub = z.object({
  /** IATA code for airports (ICN, KTI, SAI…), otherwise an upper-case code such as KTX-SEOUL. */
  code: z.string().regex(/^[A-Z0-9-]{3,20}$/),
  kind: hubKind,
  name: localizedText,
  country: countryCode,
  timezone: timeZone,
  lat: latitude,
  lon: longitude,
  /** The destination it serves (null for none of ours). */
  destination: z.string().nullable(),
  /** Getting from the hub to the destination's centre (and back), by each sensible mode. */
  transfers: z
    .array(
      z.object({
        mode: z.enum(['airport_rail', 'bus', 'taxi', 'tuktuk', 'ride_hail', 'subway', 'walk']),
        name: localizedText,
        durationMinutes: z.number().int().positive(),
        fare: money,
        source,
      }),
    )
    .default([]),
  source,
});
export type Hub = z.infer<typeof hub>;

/** A directed scheduled connection between two hubs. Return trips are separate records. */
export const link = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  from: z.string(),
  to: z.string(),
  mode: z.enum(['flight', 'ktx', 'bus', 'car', 'taxi', 'ferry', 'airport_rail']),
  durationMinutes: z.number().int().positive(),
  departuresPerDay: z.number().positive(),
  /** Typical one-way economy fare per adult. */
  fare: money,
  operators: z.array(z.string().min(1)).default([]),
  /** Usual local departure times (HH:MM), when the schedule is regular enough to matter. */
  typicalDepartures: z.array(z.string().regex(/^\d{2}:\d{2}$/)).default([]),
  note: localizedText.optional(),
  source,
});
export type Link = z.infer<typeof link>;

export const hubsFile = z.object({ hubs: z.array(hub).min(1) });
export const linksFile = z.object({ links: z.array(link).min(1) });

/** Exchange rates for showing totals in KRW and KHR; dated so stale rates are visible. */
export const ratesFile = z.object({
  asOf: z.iso.date(),
  source,
  usdTo: z.object({ KRW: z.number().positive(), KHR: z.number().positive(), USD: z.literal(1) }),
});
export type Rates = z.infer<typeof ratesFile>;

/**
 * The one place that reads process.env. Every variable has a default that makes a bare `npm start`
 * work with no .env file; a malformed value stops start-up with a message naming the variable.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '@/lib/errors';

/** A bucket's size: how many requests may come at once before the refill rate applies. */
function burst(fallback: number) {
  return z.coerce.number().int().min(1).max(100_000).default(fallback);
}

/** A bucket's refill: sustained requests per minute. */
function perMinute(fallback: number) {
  return z.coerce.number().positive().max(1_000_000).default(fallback);
}

const envSchema = z.object({
  /** SQLite database file; created (with its folder) and migrated on start. */
  DATABASE_PATH: z.string().trim().min(1).default('.data/app.db'),
  /** Where `npm start` listens. */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** A new trip may start this many days before today (UTC): travellers a zone ahead are already "tomorrow". */
  TRIP_START_DAYS_BEFORE_TODAY: z.coerce.number().int().min(0).max(30).default(1),
  /**
   * ...and at most this many days after today. Holidays, opening hours and fares are not known years
   * ahead, and the Khmer-calendar holidays cost seconds to compute for far years, so no request may ask.
   */
  TRIP_START_DAYS_AFTER_TODAY: z.coerce.number().int().min(1).max(3650).default(730),
  /** The date that window counts from; unset, the clock's. Set by the tests, whose trips have fixed dates. */
  TRIP_DATES_TODAY: z.iso.date('use an ISO date, e.g. 2026-12-04').optional(),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. 0: the header is ignored,
   * since without a proxy anyone can write it (see lib/http/client-address.ts).
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Rate limits (lib/http/rate-limit.ts): each action's burst, and how many requests per minute refill it. */
  RATE_LIMIT_SAVE_BURST: burst(10),
  RATE_LIMIT_SAVE_PER_MINUTE: perMinute(20),
  RATE_LIMIT_EDIT_BURST: burst(30),
  RATE_LIMIT_EDIT_PER_MINUTE: perMinute(60),
  RATE_LIMIT_AGENCY_BURST: burst(5),
  RATE_LIMIT_AGENCY_PER_MINUTE: perMinute(10),
  RATE_LIMIT_EXPORT_BURST: burst(20),
  RATE_LIMIT_EXPORT_PER_MINUTE: perMinute(60),
  /** Clients tracked at once; past it the least recently seen is forgotten, so memory stays bounded. */
  RATE_LIMIT_MAX_CLIENTS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Agency profiles one client may create per day (a rolling 24 hours). */
  AGENCY_CREATIONS_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(20),
  /**
   * Revisions of a plan that keep their full content: revision 1 and the latest N-1. At least 2, so the
   * current revision and the first are always kept.
   */
  PLAN_MAX_FULL_REVISIONS: z.coerce.number().int().min(2).max(100_000).default(50),
  /**
   * Worker threads that plan trips (lib/planner/planner-pool.ts), so planning never blocks the request
   * thread. Default: one per core. 0 plans on the request thread (the unit tests do).
   */
  PLANNER_WORKERS: z.coerce.number().int().min(0).max(64).default(() => os.availableParallelism()),
  /** Plans that may wait for a free worker; past it a plan is answered 503 with Retry-After. */
  PLANNER_QUEUE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(48),
  /** Memory for rendered saved plan pages, kept per (plan, revision, locale) by `npm start` (scripts/serve.ts). */
  SAVED_PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
});

export type Env = z.infer<typeof envSchema> & { databaseFile: string };

/** Parses an environment (process.env by default); throws ConfigError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid environment configuration (${problems}). Fix or unset these variables; see README "Configuration".`);
  }
  return { ...result.data, databaseFile: path.resolve(result.data.DATABASE_PATH) };
}

let cached: Env | undefined;

/** The validated process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

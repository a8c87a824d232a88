/**
 * The one place that reads process.env. Every variable has a default that makes a bare `npm start`
 * work with no .env file; a malformed value stops start-up with a message naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '@/lib/errors';

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

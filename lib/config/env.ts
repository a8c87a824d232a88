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

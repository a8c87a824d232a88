/**
 * Checks the environment and the database before a server starts, so a bad configuration or an
 * unusable database file ends start-up with one clear sentence instead of a stack trace.
 */
import { openDatabase } from '@/db/client';
import { parseEnv, type Env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';

/** Validates env, creates and migrates the database; exits the process with a message on failure. */
export function preflight(): Env {
  try {
    const config = parseEnv();
    openDatabase(config.databaseFile).$client.close();
    console.log(`Database ready at ${config.databaseFile}`);
    return config;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`\nCannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

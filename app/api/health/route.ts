import { getDb } from '@/db/client';
import { databaseAnswers } from '@/db/queries/health';
import { APP_VERSION } from '@/lib/config/app-info';

// Health must reflect the database now, never a cached build-time answer.
export const dynamic = 'force-dynamic';

/** Liveness and readiness: 200 when the database answers a query, 503 otherwise. */
export function GET(): Response {
  try {
    const ok = databaseAnswers(getDb());
    return Response.json({ status: ok ? 'ok' : 'error', db: ok ? 'ok' : 'unmigrated', version: APP_VERSION }, { status: ok ? 200 : 503 });
  } catch (error) {
    console.error(error);
    return Response.json({ status: 'error', db: 'unavailable', version: APP_VERSION }, { status: 503 });
  }
}

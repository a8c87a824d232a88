import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Rate limits and quotas far above what any test sends (each variable's maximum). */
const NO_LIMITS = Object.fromEntries(
  ['SAVE', 'EDIT', 'AGENCY', 'EXPORT'].map((action) => [`RATE_LIMIT_${action}_BURST`, '100000']).concat([['AGENCY_CREATIONS_PER_DAY', '100000']]),
);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // server-only throws outside a React Server environment; in tests the guard has nothing to guard.
      'server-only': fileURLToPath(new URL('./tests/support/empty-module.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // next-intl's middleware (imported by proxy.ts) imports 'next/server' without an extension, which
    // Node's ESM loader cannot resolve in a package without an exports map; Vite's resolver can.
    server: { deps: { inline: ['next-intl'] } },
    pool: 'forks',
    // Trips in the tests have fixed dates; new trips must start near "today", so today is fixed too.
    // API tests send many writes in milliseconds, all from the one "unknown" client, so limits are lifted
    // here; tests/app/api/limits.test.ts sets its own low ones.
    // The unit and API tests plan in process (PLANNER_WORKERS=0); tests/lib/planner-pool/ starts its own pools.
    env: { TRIP_DATES_TODAY: '2026-12-04', PLANNER_WORKERS: '0', ...NO_LIMITS },
  },
});

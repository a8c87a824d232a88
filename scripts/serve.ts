/**
 * The production server that `npm start` runs (after preflight and the build): Next's request handler
 * behind a node:http server, with saved plan pages answered from memory per revision
 * (scripts/lib/saved-page-cache.ts). Run with `node --import tsx scripts/serve.ts`; HOST, PORT,
 * DATABASE_PATH and SAVED_PAGE_CACHE_MB come from the environment (lib/config/env.ts).
 */
import http from 'node:http';
import next from 'next';
import { revisionReader } from '@/db/current-revision';
import { parseEnv } from '@/lib/config/env';
import { withSavedPageCache } from './lib/saved-page-cache';

async function main(): Promise<void> {
  const config = parseEnv();
  const app = next({ dev: false, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const revisions = revisionReader(config.databaseFile);
  const server = http.createServer(withSavedPageCache(app.getRequestHandler(), revisions, config.SAVED_PAGE_CACHE_MB * 2 ** 20));
  server.listen(config.PORT, config.HOST, () => console.log(`Serving http://${config.HOST}:${config.PORT}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close();
      revisions.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

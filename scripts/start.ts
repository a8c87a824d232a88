/**
 * `npm start`: validate configuration, create/migrate the database, build if the sources changed
 * since the last build, then serve the production app (scripts/serve.ts). Signals are passed on to the server.
 */
import { spawn } from 'node:child_process';
import { ensureFreshBuild } from './lib/next-build';
import { preflight } from './lib/preflight';

const config = preflight();
ensureFreshBuild();

const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: config.databaseFile, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

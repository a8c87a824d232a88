/**
 * `npm run bench:load`: load figures for the production server. Targets `--url http://127.0.0.1:PORT`
 * (or BENCH_URL) when given; otherwise builds if stale and starts the production server (scripts/serve.ts,
 * what `npm start` runs) on a free loopback port (or PORT) with a throw-away database, and stops it
 * afterwards. Saves one 10-day plan, then measures:
 *  (a) its view page (/en/p/{id}) under 200 concurrent clients;
 *  (b) POST /api/itineraries, 12 clients planning 24 different trips, while
 *  (c) one client polls /api/health.
 * Every phase is bounded in requests and in time. Prints the figures with the machine, the date and
 * the load average, and writes docs/benchmarks/load.md. Goals (2 cores): (a) ≥ 150 req/s, p95 ≤ 2 s,
 * 0 errors; (c) p95 ≤ 250 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { benchEnv } from './lib/bench-env';
import { ensureFreshBuild } from './lib/next-build';
import { freePort } from './lib/free-port';

const VIEW_CLIENTS = 200;
const VIEW_REQUESTS = 4000;
const VIEW_MAX_MS = 60_000;
const PLAN_CLIENTS = 12;
const PLAN_TRIPS = 24;
const PLAN_MAX_MS = 180_000;
const HEALTH_INTERVAL_MS = 50;
const GOALS = { viewRps: 150, viewP95Ms: 2000, healthP95Ms: 250 };
const TODAY = '2026-12-04';

interface Sample {
  ms: number;
  ok: boolean;
}

interface Figures {
  name: string;
  clients: number;
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: VIEW_CLIENTS + PLAN_CLIENTS + 2 });

/** One request over a keep-alive socket; the body is read whole and discarded. */
function request(url: string, method = 'GET', body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timed out after 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

async function timed(run: () => Promise<{ status: number }>): Promise<Sample> {
  const start = performance.now();
  try {
    const { status } = await run();
    return { ms: performance.now() - start, ok: status >= 200 && status < 300 };
  } catch {
    return { ms: performance.now() - start, ok: false };
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function figures(name: string, clients: number, samples: Sample[], seconds: number): Figures {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { name, clients, requests: samples.length, errors: samples.filter((s) => !s.ok).length, seconds, rps: samples.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** `clients` loops taking jobs until `jobs` are handed out or `maxMs` has passed. */
async function closedLoop(clients: number, jobs: number, maxMs: number, job: (i: number) => Promise<{ status: number }>): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = [];
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < jobs && performance.now() - start < maxMs) {
        const i = next++;
        samples.push(await timed(() => job(i)));
      }
    }),
  );
  return { samples, seconds: (performance.now() - start) / 1000 };
}

/** Trips of a run start on different days from the last run's, so a running server's plan cache cannot answer them. */
const RUN_OFFSET_DAYS = Math.floor(Math.random() * 300);

/** 24 different trips (no two share the plan cache): directions, lengths, destinations and dates vary. */
function trip(i: number): string {
  const korea = [['seoul'], ['seoul', 'gyeongju'], ['seoul', 'gyeongju', 'jeju'], ['jeju']];
  const cambodia = [['siem-reap'], ['phnom-penh', 'siem-reap'], ['phnom-penh']];
  const toKorea = i % 2 === 0;
  const destinations = toKorea ? korea[i % korea.length] : cambodia[i % cambodia.length];
  const startDate = new Date(Date.UTC(2027, 0, 10 + RUN_OFFSET_DAYS + 2 * i)).toISOString().slice(0, 10);
  return JSON.stringify({ direction: toKorea ? 'KH_TO_KR' : 'KR_TO_KH', startDate, days: 5 + (i % 6), destinations, pace: ['relaxed', 'balanced', 'packed'][i % 3], locale: 'en' });
}

async function waitForHealth(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode} before answering.`);
    try {
      if ((await request(`${baseUrl}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseUrl}/api/health did not answer within 60 s.`);
}

/** The server to measure: the one named, or a fresh production server that `stop` ends. */
async function targetServer(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const flag = process.argv.indexOf('--url');
  const named = flag >= 0 ? process.argv[flag + 1] : process.env.BENCH_URL;
  if (named) return { baseUrl: named.replace(/\/$/, ''), stop: async () => {} };
  ensureFreshBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-bench-'));
  const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The server `npm start` runs, without its preflight: the first save creates the database.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: path.join(dataDir, 'app.db'), NEXT_TELEMETRY_DISABLED: '1', TRIP_DATES_TODAY: TODAY },
  });
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

function row(f: Figures): string {
  return `| ${f.name} | ${f.clients} | ${f.requests} | ${f.errors} | ${f.rps.toFixed(1)} | ${f.p50.toFixed(0)} | ${f.p95.toFixed(0)} | ${f.p99.toFixed(0)} |`;
}

async function measure(baseUrl: string): Promise<Figures[]> {
  const saved = await request(`${baseUrl}/api/plans`, 'POST', JSON.stringify({ request: { direction: 'KH_TO_KR', startDate: '2026-12-20', days: 10, destinations: ['seoul', 'gyeongju', 'jeju'], locale: 'en' } }));
  if (saved.status !== 201) throw new Error(`Saving the plan answered ${saved.status}: ${saved.text.slice(0, 300)}`);
  const { viewUrl } = JSON.parse(saved.text) as { viewUrl: string };
  const pageUrl = `${baseUrl}/en${viewUrl}`;
  // Warm-up: the first render loads the page's code.
  for (let i = 0; i < 5; i++) await request(pageUrl);

  const view = await closedLoop(VIEW_CLIENTS, VIEW_REQUESTS, VIEW_MAX_MS, () => request(pageUrl));
  const viewFigures = figures('view page of a saved 10-day plan', VIEW_CLIENTS, view.samples, view.seconds);
  console.log(row(viewFigures));

  const health: Sample[] = [];
  let planning = true;
  const healthStart = performance.now();
  const poller = (async () => {
    while (planning) {
      health.push(await timed(() => request(`${baseUrl}/api/health`)));
      await new Promise((resolve) => setTimeout(resolve, HEALTH_INTERVAL_MS));
    }
  })();
  const plans = await closedLoop(PLAN_CLIENTS, PLAN_TRIPS, PLAN_MAX_MS, (i) => request(`${baseUrl}/api/itineraries`, 'POST', trip(i)));
  planning = false;
  await poller;
  const planFigures = figures('POST /api/itineraries (different trips)', PLAN_CLIENTS, plans.samples, plans.seconds);
  const healthFigures = figures('GET /api/health while they plan', 1, health, (performance.now() - healthStart) / 1000);
  console.log(row(planFigures));
  console.log(row(healthFigures));
  return [viewFigures, planFigures, healthFigures];
}

async function main(): Promise<void> {
  const { baseUrl, stop } = await targetServer();
  const loadBefore = os.loadavg();
  let results: Figures[];
  try {
    results = await measure(baseUrl);
  } finally {
    await stop();
    agent.destroy();
  }
  const loadAfter = os.loadavg();
  const [view, , health] = results as [Figures, Figures, Figures];
  const verdicts = [
    `view page ≥ ${GOALS.viewRps} req/s: ${view.rps >= GOALS.viewRps ? 'met' : 'NOT met'} (${view.rps.toFixed(1)})`,
    `view page p95 ≤ ${GOALS.viewP95Ms} ms: ${view.p95 <= GOALS.viewP95Ms ? 'met' : 'NOT met'} (${view.p95.toFixed(0)} ms)`,
    `view page 0 errors: ${view.errors === 0 ? 'met' : 'NOT met'} (${view.errors})`,
    `health p95 ≤ ${GOALS.healthP95Ms} ms while planning: ${health.p95 <= GOALS.healthP95Ms ? 'met' : 'NOT met'} (${health.p95.toFixed(0)} ms)`,
  ];
  const env = benchEnv();
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  const lines = [
    '# Load benchmark',
    '',
    `Machine: ${env.machine}  `,
    `Date: ${env.date}  `,
    `Commit: ${env.commit}  `,
    `Load average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)}`,
    '',
    `The production server (scripts/serve.ts, as \`npm start\` runs it) on 127.0.0.1; the load generator runs on the same machine and shares its cores.`,
    `(a) ${VIEW_CLIENTS} clients fetch the view page of one saved 10-day plan (Seoul, Gyeongju, Jeju) back to back`,
    `(at most ${VIEW_REQUESTS} requests or ${VIEW_MAX_MS / 1000} s); (b) ${PLAN_CLIENTS} clients plan ${PLAN_TRIPS} different trips with`,
    `POST /api/itineraries while (c) one client polls /api/health every ${HEALTH_INTERVAL_MS} ms. Latencies in ms; an error is`,
    'a status outside 2xx or a failed request.',
    '',
    '| what | clients | requests | errors | req/s | p50 | p95 | p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
    ...verdicts.map((v) => `- ${v}`),
    '',
    'Reproduce: `npm run bench:load` (starts its own server), or `npm run bench:load -- --url http://127.0.0.1:PORT`.',
    '',
  ];
  const out = path.join(process.cwd(), 'docs', 'benchmarks', 'load.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join('\n'));
  console.log(`${env.machine}, ${env.date}, load ${load(loadBefore)} → ${load(loadAfter)}`);
  for (const v of verdicts) console.log(v);
  console.log(`Wrote ${path.relative(process.cwd(), out)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

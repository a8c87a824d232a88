/**
 * `npm run bench:travel`: local travel per visit over a fixed grid of trips (every destination on its
 * own, 3–14 days, a winter and a hot-season start), the figure the travel-reducing phase of the
 * planner is judged by, with the total value planned beside it (a travel saving must not cost value).
 * Prints the figures and writes them as their own section of docs/benchmarks/planner.md.
 * `-- --json out.json` also saves the totals; `-- --before out.json` compares with totals saved so
 * (run on the old code in the same session).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCatalog } from '@/lib/data/catalog';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import { planRequest, type Direction } from '@/lib/planner/request';
import { benchEnv } from './lib/bench-env';
import { writeSection } from './lib/doc-section';

const TRIPS: { direction: Direction; destination: string }[] = [
  { direction: 'KR_TO_KH', destination: 'siem-reap' },
  { direction: 'KR_TO_KH', destination: 'phnom-penh' },
  { direction: 'KH_TO_KR', destination: 'seoul' },
  { direction: 'KH_TO_KR', destination: 'gyeongju' },
  { direction: 'KH_TO_KR', destination: 'jeju' },
];
const START_DATES = ['2027-01-11', '2027-04-05'];
const DAYS = Array.from({ length: 12 }, (_, i) => i + 3);

/** Totals of one destination (or of the whole grid). */
interface Totals {
  travelMinutes: number;
  travelKm: number;
  visits: number;
  value: number;
  plans: number;
}

const empty = (): Totals => ({ travelMinutes: 0, travelKm: 0, visits: 0, value: 0, plans: 0 });

/** Local rides and walks of a plan (intercity legs and airport transfers are not the planner's choice here). */
function localTravel(itinerary: Itinerary): { minutes: number; km: number; visits: number } {
  let minutes = 0;
  let km = 0;
  let visits = 0;
  for (const item of itinerary.days.flatMap((d) => d.items)) {
    if (item.type === 'visit') visits++;
    if (item.type !== 'travel' || item.fromHub !== undefined) continue;
    minutes += (Date.parse(item.end) - Date.parse(item.start)) / 60_000;
    km += item.distanceKm ?? 0;
  }
  return { minutes, km, visits };
}

function argValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const catalog = getCatalog();
const byDestination = new Map<string, Totals>();
const all = empty();
const started = performance.now();
for (const { direction, destination } of TRIPS) {
  const totals = empty();
  for (const startDate of START_DATES) {
    for (const days of DAYS) {
      const request = planRequest.parse({ direction, startDate, days, destinations: [destination], keepOrder: false });
      const itinerary = planTrip(request, catalog);
      const travel = localTravel(itinerary);
      for (const t of [totals, all]) {
        t.travelMinutes += travel.minutes;
        t.travelKm += travel.km;
        t.visits += travel.visits;
        t.value += itinerary.summary.score;
        t.plans++;
      }
    }
  }
  byDestination.set(destination, totals);
}
const elapsed = performance.now() - started;
const perVisit = (t: Totals) => t.travelMinutes / Math.max(1, t.visits);

const jsonOut = argValue('--json');
const env = benchEnv();
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ commit: env.commit, all, byDestination: Object.fromEntries(byDestination) }, null, 2));
const beforeFile = argValue('--before');
const before = beforeFile ? (JSON.parse(fs.readFileSync(beforeFile, 'utf8')) as { commit?: string; all: Totals; byDestination: Record<string, Totals> }) : undefined;

const change = (now: number, then: number | undefined) => (then ? `${(((now - then) / then) * 100).toFixed(1)} %` : '');
const rows = [...byDestination.entries(), ['all', all] as const].map(([name, t]) => {
  const old = name === 'all' ? before?.all : before?.byDestination[name];
  return { name, t, old };
});
for (const { name, t, old } of rows) {
  console.log(
    `${name.padEnd(11)} plans ${String(t.plans).padStart(3)}  visits ${String(t.visits).padStart(4)}  travel ${t.travelMinutes.toFixed(0).padStart(6)} min ${t.travelKm.toFixed(0).padStart(5)} km  ` +
      `${perVisit(t).toFixed(1).padStart(5)} min/visit ${old ? `(${change(perVisit(t), perVisit(old))})` : ''}  value ${t.value.toFixed(0)} ${old ? `(${change(t.value, old.value)})` : ''}`,
  );
}
console.log(`${all.plans} plans in ${(elapsed / 1000).toFixed(1)} s`);

const lines = [
  '## Local travel per visit',
  '',
  `- Machine: ${env.machine}`,
  `- Date: ${env.date}`,
  `- Commit: ${env.commit}`,
  `- Command: \`npm run bench:travel\`${before ? ` ("before": the same grid planned by commit ${before.commit ?? 'unknown'}, measured in the same session)` : ''}`,
  `- Grid: each of ${TRIPS.map((t) => t.destination).join(', ')} alone, ${DAYS[0]}–${DAYS[DAYS.length - 1]} days, starting ${START_DATES.join(' and ')} (${all.plans} plans)`,
  '',
  'Travel is the local rides and walks of the sightseeing days (from the stay, between stops, back), not flights,',
  'intercity legs or airport transfers. Value is the planner\'s objective (sum of the visited places\' values).',
  '',
  before
    ? '| destination | visits (before → after) | travel min (before → after) | min/visit (before → after) | change | value (before → after) | change |'
    : '| destination | visits | travel min | km | min/visit | value |',
  before ? '| --- | ---: | ---: | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(({ name, t, old }) =>
    old
      ? `| ${name} | ${old.visits} → ${t.visits} | ${old.travelMinutes.toFixed(0)} → ${t.travelMinutes.toFixed(0)} | ${perVisit(old).toFixed(1)} → ${perVisit(t).toFixed(1)} | ${change(perVisit(t), perVisit(old))} | ${old.value.toFixed(0)} → ${t.value.toFixed(0)} | ${change(t.value, old.value)} |`
      : `| ${name} | ${t.visits} | ${t.travelMinutes.toFixed(0)} | ${t.travelKm.toFixed(0)} | ${perVisit(t).toFixed(1)} | ${t.value.toFixed(0)} |`,
  ),
  '',
];
const out = path.join(process.cwd(), 'docs', 'benchmarks', 'planner.md');
writeSection(out, 'travel', lines);
console.log(`Written to ${path.relative(process.cwd(), out)}`);

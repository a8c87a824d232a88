/**
 * `npm run bench:planner`: plans a grid of requests (3–21 days, 1–3 destinations, both directions)
 * and reports the time per plan (first run in a fresh process, then the median of warm runs) and
 * the score reached. Goal: a 10-day, 3-destination plan in under 300 ms. Writes
 * docs/benchmarks/planner.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCatalog } from '@/lib/data/catalog';
import { planTrip } from '@/lib/planner/plan-trip';
import { direction as directionSchema, planRequest, type Direction } from '@/lib/planner/request';
import { benchEnv } from './lib/bench-env';
import { markedSections } from './lib/doc-section';

const WARM_RUNS = 5;
const GOAL_MS = 300;

const DESTINATIONS: Record<Direction, string[]> = {
  KR_TO_KH: ['siem-reap', 'phnom-penh'],
  KH_TO_KR: ['seoul', 'gyeongju', 'jeju'],
};

interface Row {
  direction: Direction;
  days: number;
  destinations: number;
  firstMs: number;
  medianMs: number;
  score: number;
  visits: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const catalogStart = performance.now();
const catalog = getCatalog();
const catalogMs = performance.now() - catalogStart;

const rows: Row[] = [];
for (const direction of directionSchema.options) {
  for (const count of [1, 2, 3]) {
    const destinations = DESTINATIONS[direction].slice(0, count);
    if (destinations.length < count) continue;
    for (const days of [3, 5, 7, 10, 14, 21]) {
      const request = planRequest.parse({ direction, startDate: '2026-12-20', days, destinations, keepOrder: false });
      let t = performance.now();
      const itinerary = planTrip(request, catalog);
      const firstMs = performance.now() - t;
      const times: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) {
        t = performance.now();
        planTrip(request, catalog);
        times.push(performance.now() - t);
      }
      const visits = itinerary.days.reduce((n, d) => n + d.items.filter((i) => i.type === 'visit').length, 0);
      rows.push({ direction, days, destinations: itinerary.summary.destinations.length, firstMs, medianMs: median(times), score: itinerary.summary.score, visits });
      console.log(`${direction} ${String(days).padStart(2)} days ${destinations.join('+').padEnd(24)} first ${firstMs.toFixed(0).padStart(5)} ms  warm ${median(times).toFixed(1).padStart(6)} ms  score ${itinerary.summary.score}  visits ${visits}`);
    }
  }
}

const goal = rows.filter((r) => r.direction === 'KH_TO_KR' && r.days === 10 && r.destinations === 3);
const goalMs = Math.max(...goal.map((r) => r.medianMs));
const env = benchEnv();
const lines = [
  '# Planner benchmark',
  '',
  `- Machine: ${env.machine}`,
  `- Date: ${env.date}`,
  `- Commit: ${env.commit}`,
  `- Command: \`npm run bench:planner\``,
  `- Catalog load and validation (once per process): ${catalogMs.toFixed(0)} ms`,
  `- Goal: 10-day, 3-destination plan under ${GOAL_MS} ms (warm median): **${goalMs.toFixed(1)} ms — ${goalMs < GOAL_MS ? 'met' : 'NOT met'}**`,
  '',
  '"first" is the first plan of that request in this process (includes parsing each opening-hours string once and JIT warm-up);',
  `"warm" is the median of ${WARM_RUNS} further runs. Score is the planner's objective (sum of place values).`,
  '',
  '| direction | days | destinations | first (ms) | warm (ms) | score | visits |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.direction} | ${r.days} | ${r.destinations} | ${r.firstMs.toFixed(0)} | ${r.medianMs.toFixed(1)} | ${r.score} | ${r.visits} |`),
  '',
];
const out = path.join(process.cwd(), 'docs', 'benchmarks', 'planner.md');
fs.mkdirSync(path.dirname(out), { recursive: true });
// Other benchmarks' sections of the page (bench:travel) are kept as they are.
const kept = fs.existsSync(out) ? markedSections(fs.readFileSync(out, 'utf8')) : [];
fs.writeFileSync(out, [...lines, ...kept.flatMap((section) => [section, ''])].join('\n'));
console.log(`\n10-day 3-destination warm median: ${goalMs.toFixed(1)} ms (goal < ${GOAL_MS} ms). Written to ${path.relative(process.cwd(), out)}`);

/**
 * `npm run bench:planner`: plans a grid of requests (3–21 days, 1–3 destinations, both directions)
 * and reports the time per plan (first run in a fresh process, then the median of warm runs) and
 * the score reached, then the latency of local edits on the 10-day, 3-destination plan. Goals: that
 * plan in under 300 ms, and each edit in under 300 ms. Writes its part of docs/benchmarks/planner.md
 * (between its markers; other sections of the file are kept).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCatalog } from '@/lib/data/catalog';
import type { Itinerary } from '@/lib/planner/itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import { direction as directionSchema, planRequest, type Direction } from '@/lib/planner/request';
import { planEdit } from '@/lib/plans/edits';
import { replanWithEdit } from '@/lib/plans/replan';
import { benchEnv } from './lib/bench-env';
import { writeSection } from './lib/doc-section';

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

// Edit latency: the 10-day, 3-destination plan, one edit of each local kind (only its days re-planned).
const editRequest = planRequest.parse({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 10, destinations: DESTINATIONS.KH_TO_KR, keepOrder: false });
const editPlan = planTrip(editRequest, catalog);
const visitsOf = (itinerary: Itinerary) => itinerary.days.flatMap((d) => d.items.filter((i) => i.type === 'visit').map((i) => ({ placeId: i.placeId as string, day: d.dayNumber, destination: d.destination })));
const [first, second] = visitsOf(editPlan).filter((v, i, all) => all.findIndex((w) => w.destination === v.destination && w.day !== v.day) >= 0);
const otherDay = visitsOf(editPlan).find((v) => v.destination === first?.destination && v.day !== first?.day)?.day ?? 2;
const visited = new Set(visitsOf(editPlan).map((v) => v.placeId));
// A short visit, so that it fits into a full day (a day trip would not).
const unvisited = catalog.destinationsBySlug.get(first?.destination ?? 'seoul')?.places.find((p) => !visited.has(p.id) && p.visitMinutes <= 60 && !p.closures?.length)?.id;
const edits = [
  { name: 'move_place', edit: { type: 'move_place', placeId: first?.placeId, day: otherDay } },
  { name: 'remove_place', edit: { type: 'remove_place', placeId: second?.placeId } },
  { name: 'add_place (planner picks the day)', edit: { type: 'add_place', placeId: unvisited } },
];
const editRows = edits.map(({ name, edit }) => {
  const parsed = planEdit.parse({ baseRevision: 1, ...edit });
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS + 1; i++) {
    const t = performance.now();
    replanWithEdit({ request: editRequest, itinerary: editPlan }, parsed, catalog);
    times.push(performance.now() - t);
  }
  const ms = median(times.slice(1));
  console.log(`edit ${name.padEnd(34)} warm ${ms.toFixed(1).padStart(6)} ms`);
  return { name, ms };
});
const editMs = Math.max(...editRows.map((r) => r.ms));
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
  `- Goal: an edit of that plan under ${GOAL_MS} ms (warm median, slowest kind): **${editMs.toFixed(1)} ms — ${editMs < GOAL_MS ? 'met' : 'NOT met'}** (${editRows.map((r) => `${r.name} ${r.ms.toFixed(1)} ms`).join('; ')})`,
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
writeSection(out, 'planner', lines);
console.log(`\n10-day 3-destination warm median: ${goalMs.toFixed(1)} ms (goal < ${GOAL_MS} ms). Written to ${path.relative(process.cwd(), out)}`);

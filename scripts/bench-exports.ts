/**
 * `npx tsx scripts/bench-exports.ts` (bench:exports): renders a 10-day, 3-destination plan (Seoul,
 * Gyeongju, Jeju, in Khmer — the slowest script to shape — and in Korean) in every export format
 * with agency branding, and reports the first run in a fresh process (fonts and outlines loaded
 * cold) and the median of warm runs. Goal: the PDF in under 2 s. Writes docs/benchmarks/exports.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCatalog } from '@/lib/data/catalog';
import { DEFAULT_BRANDING, type Branding } from '@/lib/export/branding';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from '@/lib/export/formats';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import type { Locale } from '@/lib/i18n/locale';
import { planRequest } from '@/lib/planner/request';
import { benchEnv } from './lib/bench-env';

const WARM_RUNS = 5;
const PDF_GOAL_MS = 2000;
const LOCALES: readonly Locale[] = ['km', 'ko'];

interface Row {
  locale: Locale;
  format: string;
  firstMs: number;
  medianMs: number;
  bytes: number;
}

const branding: Branding = { ...DEFAULT_BRANDING, name: 'Mekong & Han Tours 메콩한 여행사', contact: 'ops@example.com · +855 12 345 678', note: '즐거운 여행 되세요! សូមរីករាយជាមួយដំណើរកម្សាន្ត។', accentColor: '#8a2d3b' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function time(render: () => unknown): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const out = (await render()) as string | Buffer;
  return { ms: performance.now() - start, bytes: typeof out === 'string' ? Buffer.byteLength(out) : out.length };
}

async function main(): Promise<void> {
  const catalog = getCatalog();
  const rows: Row[] = [];
  for (const locale of LOCALES) {
    const itinerary = localizeItinerary(planTrip(planRequest.parse({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 10, destinations: ['seoul', 'gyeongju', 'jeju'], locale }), catalog), locale);
    for (const format of EXPORT_FORMAT_NAMES) {
      const render = () => EXPORT_FORMATS[format].render(itinerary, { branding, catalog, planId: 'bench', revision: 1 });
      const first = await time(render);
      const warm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) warm.push((await time(render)).ms);
      rows.push({ locale, format, firstMs: first.ms, medianMs: median(warm), bytes: first.bytes });
      console.log(`${locale} ${format.padEnd(5)} first ${first.ms.toFixed(0).padStart(5)} ms  median ${median(warm).toFixed(0).padStart(5)} ms  ${(first.bytes / 1024).toFixed(0)} KiB`);
    }
  }

  const env = benchEnv();
  const pdfWorst = Math.max(...rows.filter((r) => r.format === 'pdf').map((r) => r.firstMs));
  const lines = [
    '# Export benchmark',
    '',
    `Machine: ${env.machine}  `,
    `Date: ${env.date}  `,
    `Commit: ${env.commit}`,
    '',
    `A 10-day plan of Seoul, Gyeongju and Jeju (Cambodians visiting Korea), rendered in every format with agency branding,`,
    `in Khmer and in Korean. "first" is the first render in a fresh process (fonts, outlines and code loaded cold), "median"`,
    `the median of ${WARM_RUNS} warm renders. Goal: the PDF in under ${PDF_GOAL_MS / 1000} s — ${pdfWorst < PDF_GOAL_MS ? 'met' : 'NOT met'} (worst first PDF: ${pdfWorst.toFixed(0)} ms).`,
    '',
    '| locale | format | first (ms) | median (ms) | size (KiB) |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.locale} | ${r.format} | ${r.firstMs.toFixed(0)} | ${r.medianMs.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} |`),
    '',
    'Reproduce: `npx tsx scripts/bench-exports.ts` (or `npm run bench:exports`).',
    '',
  ];
  const out = path.join(process.cwd(), 'docs', 'benchmarks', 'exports.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join('\n'));
  console.log(`PDF goal ${PDF_GOAL_MS} ms: ${pdfWorst < PDF_GOAL_MS ? 'met' : 'NOT met'} (worst first ${pdfWorst.toFixed(0)} ms). Wrote ${path.relative(process.cwd(), out)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

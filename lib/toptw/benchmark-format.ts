import { ToptwInputError } from './errors';
import type { ToptwProblem } from './types';

/** A parsed benchmark file (Vansteenwegen/Righini-Salani TOPTW format). */
export interface ToptwBenchmarkInstance {
  /** Instance name (file name without extension when known). */
  readonly name: string;
  /** Vertex ids as written in the file, in file order; vertex 0 is the depot. */
  readonly ids: number[];
  /** Coordinates per vertex. */
  readonly x: Float64Array;
  /** See `x`. */
  readonly y: Float64Array;
  /** Service duration per vertex. */
  readonly service: Float64Array;
  /** Score per vertex. */
  readonly score: Float64Array;
  /** Opening time (earliest service start) per vertex. */
  readonly open: Float64Array;
  /** Closing time (latest service start) per vertex; for the depot, the route time budget. */
  readonly close: Float64Array;
  /** Decimals kept when truncating Euclidean distances (1 Solomon-based, 2 Cordeau-based). */
  readonly decimals: number;
  /** Truncated Euclidean travel times, row-major n*n. */
  readonly travelTime: Float64Array;
}

/** Options of `parseToptwBenchmark`. */
export interface ParseBenchmarkOptions {
  /** File name (used for the instance name and to infer `decimals`: pr* files are Cordeau-based). */
  readonly name?: string;
  /** Override the truncation decimals (1 for Solomon-based, 2 for Cordeau-based files). */
  readonly decimals?: number;
}

/**
 * Parses a benchmark file: line 1 `k v N t`, line 2 `D Q`, then one line per vertex
 * `i x y d S f a [a list entries] O C`. CRLF and blank lines are tolerated. Travel time is the
 * Euclidean distance truncated (rounded down) to `decimals` decimals.
 */
export function parseToptwBenchmark(text: string, options: ParseBenchmarkOptions = {}): ToptwBenchmarkInstance {
  const rawName = options.name ?? 'instance';
  const name = rawName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const lines = text.split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length < 3) throw new ToptwInputError(`Benchmark file ${name}: expected a header line, a "D Q" line and vertex lines.`);
  const header = lines[0]!.split(/\s+/).map(Number);
  if (header.length < 3 || header.some((v) => !Number.isFinite(v))) throw new ToptwInputError(`Benchmark file ${name}: line 1 must be "k v N t" (numbers).`);
  const declared = header[2]!;
  const rows: number[][] = [];
  let threeDecimalCoords = false;
  for (let li = 2; li < lines.length; li++) {
    const tokens = lines[li]!.split(/\s+/);
    const nums = tokens.map(Number);
    if (nums.some((v) => !Number.isFinite(v))) throw new ToptwInputError(`Benchmark file ${name}: line ${li + 1} has a non-numeric field.`);
    if (nums.length < 9) throw new ToptwInputError(`Benchmark file ${name}: line ${li + 1} needs at least "i x y d S f a O C" (9 fields), has ${nums.length}.`);
    const a = nums[6]!;
    // O and C follow the a-entry list; taking the last two fields also copes with files whose
    // list length field disagrees with the list, but insist they agree when they can.
    if (nums.length !== 9 + a) {
      throw new ToptwInputError(`Benchmark file ${name}: line ${li + 1} declares a list of ${a} entries but has ${nums.length} fields (expected ${9 + a}).`);
    }
    if (/\.\d{3,}/.test(tokens[1]!) || /\.\d{3,}/.test(tokens[2]!)) threeDecimalCoords = true;
    rows.push(nums);
  }
  if (rows.length !== declared + 1) {
    throw new ToptwInputError(`Benchmark file ${name}: line 1 announces ${declared} vertices (+ depot) but ${rows.length} vertex lines follow.`);
  }
  const n = rows.length;
  const decimals = options.decimals ?? (/^pr\d+/i.test(name) || threeDecimalCoords ? 2 : 1);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const service = new Float64Array(n);
  const score = new Float64Array(n);
  const open = new Float64Array(n);
  const close = new Float64Array(n);
  const ids: number[] = [];
  for (let v = 0; v < n; v++) {
    const r = rows[v]!;
    ids.push(r[0]!);
    x[v] = r[1]!;
    y[v] = r[2]!;
    service[v] = r[3]!;
    score[v] = r[4]!;
    open[v] = r[r.length - 2]!;
    close[v] = r[r.length - 1]!;
  }
  if (ids[0] !== 0) throw new ToptwInputError(`Benchmark file ${name}: the first vertex must be the depot with id 0.`);
  const factor = 10 ** decimals;
  const travelTime = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = x[i]! - x[j]!;
      const dy = y[i]! - y[j]!;
      // Truncation as in the literature; the division keeps values like 12.3 as close as binary allows.
      travelTime[i * n + j] = Math.floor(Math.sqrt(dx * dx + dy * dy) * factor) / factor;
    }
  }
  return { name, ids, x, y, service, score, open, close, decimals, travelTime };
}

/**
 * Turns a benchmark instance into an engine problem with `routes` identical routes from and to
 * vertex 0, starting at the depot's opening time with the depot's closing time as the budget.
 */
export function benchmarkToProblem(inst: ToptwBenchmarkInstance, routes: number): ToptwProblem {
  if (!Number.isInteger(routes) || routes < 1) throw new ToptwInputError(`The number of routes must be a positive integer, got ${routes}.`);
  const n = inst.ids.length;
  const nodes = [];
  for (let v = 0; v < n; v++) {
    nodes.push({ score: inst.score[v]!, serviceTime: inst.service[v]!, windows: [{ open: inst.open[v]!, close: inst.close[v]! }] });
  }
  const route = { start: 0, end: 0, startTime: inst.open[0]!, endTime: inst.close[0]! };
  return { travelTime: inst.travelTime, nodes, routes: Array.from({ length: routes }, () => route) };
}

/** Where and when a benchmark ran, for the header of docs/benchmarks/*.md. */
import { execSync } from 'node:child_process';
import os from 'node:os';

export interface BenchEnv {
  machine: string;
  date: string;
  commit: string;
}

/** CPU, core count, Node version, ISO date and the short commit (marked dirty when the tree is). */
export function benchEnv(): BenchEnv {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return {
    machine: `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    date: new Date().toISOString(),
    commit,
  };
}

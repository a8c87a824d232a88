/**
 * Benchmarks that share one page (docs/benchmarks/planner.md) each own a marked section of it, so
 * that one script rewriting the page does not wipe another's figures.
 */
import fs from 'node:fs';

const begin = (name: string) => `<!-- section:${name} -->`;
const end = (name: string) => `<!-- /section:${name} -->`;

/** The marked sections of `text`, whole (markers included), in order. */
export function markedSections(text: string): string[] {
  return [...text.matchAll(/<!-- section:([\w-]+) -->[\s\S]*?<!-- \/section:\1 -->/g)].map((m) => m[0]);
}

/** Writes `lines` as the section `name` of `file`: in place of the old one, else at the end. */
export function writeSection(file: string, name: string, lines: readonly string[]): void {
  const block = [begin(name), ...lines, end(name)].join('\n');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = old.indexOf(begin(name));
  const stop = old.indexOf(end(name));
  const text = at >= 0 && stop > at ? old.slice(0, at) + block + old.slice(stop + end(name).length) : `${old.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}

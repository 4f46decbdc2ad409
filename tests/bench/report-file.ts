/**
 * docs/benchmarks.md is written by several benches: the sync bench writes the top and keeps every marked
 * section after it; each other bench replaces only its own section between its markers (or appends it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH_OUT = path.resolve(repoRoot, process.env['BENCH_OUT'] ?? 'docs/benchmarks.md');

export const BENCH_SECTION_MARK = '<!-- bench-section';
const sectionStart = (name: string) => `${BENCH_SECTION_MARK}: ${name} -->`;
const sectionEnd = (name: string) => `<!-- /bench-section: ${name} -->`;

/** Replaces the section `name` of the benchmarks file with `body`, or appends it. */
export function writeBenchSection(name: string, body: string): void {
  const current = existsSync(BENCH_OUT) ? readFileSync(BENCH_OUT, 'utf8') : '';
  const [open, close] = [sectionStart(name), sectionEnd(name)];
  const section = `${open}\n${body.trimEnd()}\n${close}\n`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start ? `${current.slice(0, start)}${section}${current.slice(end + close.length + 1)}` : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(BENCH_OUT, next);
  console.log(`bench: wrote ${path.relative(repoRoot, BENCH_OUT)} (${name})`);
}

/** Builds the bench page (page/index.html + bench-entry.ts, importing the app's src/) with vite's JS API. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const pageRoot = fileURLToPath(new URL('./page', import.meta.url));

/** Returns the output folder (a fresh temp dir: the caller removes it). */
/** `minify: false` keeps the function names a CPU profile reports. */
export async function buildBenchPage({ minify = true }: { minify?: boolean } = {}): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'field-bench-page-'));
  await build({
    configFile: false,
    root: pageRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, minify, reportCompressedSize: false },
  });
  return outDir;
}

/**
 * `npm start`'s first step: build the PWA only when what the build reads has changed since the last
 * build. A content hash of those inputs (BUILD_INPUTS, APP_VERSION) is kept in dist/ next to the
 * build; vite empties dist/ first, so an interrupted build leaves no stamp and the next start builds
 * again. Content, not modification times: a checkout or a copy touches every file without changing one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What `vite build` reads, relative to the project root (unit tests left out: they change no output). */
export const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.app.json'];
export const STAMP_FILE = path.join('dist', '.source-hash');

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(root, path.join(relative, name)))
    .filter((file) => !/\.test\.tsx?$/u.test(file));
}

/** A hash of every build input's path and content, and of the version baked into the build. */
export function sourceHash(root: string, appVersion = process.env['APP_VERSION'] ?? ''): string {
  const hash = createHash('sha256').update(`APP_VERSION=${appVersion}\n`);
  for (const file of BUILD_INPUTS.flatMap((input) => filesUnder(root, input))) {
    hash.update(`${file}\n`).update(readFileSync(path.join(root, file))).update('\n');
  }
  return hash.digest('hex');
}

/** True when dist/ holds a build of exactly these sources. */
export function isBuildCurrent(root: string, hash = sourceHash(root)): boolean {
  const stamp = path.join(root, STAMP_FILE);
  return existsSync(path.join(root, 'dist', 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

function main(): void {
  const root = process.cwd();
  const hash = sourceHash(root);
  if (isBuildCurrent(root, hash)) {
    console.log('app: dist/ is up to date with the sources (no build)');
    return;
  }
  console.log('app: the sources changed since the last build; building…');
  const started = Date.now();
  // Warnings and errors only: the list of every chunk is in `npm run build:report`.
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(path.join(root, STAMP_FILE), hash);
  console.log(`app: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

/**
 * `npm run bench:encryption`: what encryption at rest costs, against the same operations without it
 * in the same run (the bench page's `clear` databases drop the encryption middleware), on the real
 * sync server, in headless Chromium on a persistent profile in /dev/shm (as the sync bench: the disk's
 * fsync latency made identical writes vary 2× between reps). Each side in turn, the order alternating per rep:
 *   - N seekers (BENCH_ENC_N, default 10,000), REPS times (BENCH_REPS, default 3): the initial pull
 *     (runInitialSync) and its floor (one fetch + one bulkPut, clear); SAVES record saves (BENCH_ENC_SAVES,
 *     default 200: saveRecord of an edited seeker, one transaction each), ms per save; the list's read at
 *     a cold start (the cached sorted copy, seeker-list-cache.ts).
 *   - PULL_N seekers (BENCH_ENC_PULL_N, default 50,000; 0 skips), PULL_REPS times (BENCH_ENC_PULL_REPS,
 *     default 2): the initial pull and its floor only.
 * Targets (issues 15 and 16): initial pull ≤ 1.2× its floor (10,000) and ≤ 1.15× (50,000), a save ≤ 1.2×
 * the same save in clear. Each figure: the median of the reps and the per-rep spread.
 * BENCH_ENC_PROFILE=1: a sampled CPU profile of the page's main thread around one more rep of each side
 * (unminified build), with the WebCrypto calls and the keep-alive reads that wait on them
 * (crypto/in-transaction.ts) counted, printed; nothing written. Otherwise the results replace this bench's section of
 * docs/benchmarks.md (report-file.ts). Bounded: BENCH_TIMEOUT_MIN (default 20) stops it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generateDemoData } from '../../src/shared/demo-data';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startBenchServer } from './bench-server';
import { buildBenchPage } from './build-page';
import { profileStep, type CpuSummary } from './cpu-profile';
import type { CryptoCounts } from './page/bench-api';
import { writeBenchSection } from './report-file';
import { median, ms, range, ratio, table } from './stats';

const N = Number(process.env['BENCH_ENC_N'] ?? 10_000);
const REPS = Number(process.env['BENCH_REPS'] ?? 3);
const SAVES = Number(process.env['BENCH_ENC_SAVES'] ?? 200);
const PULL_N = Number(process.env['BENCH_ENC_PULL_N'] ?? 50_000);
const PULL_REPS = Number(process.env['BENCH_ENC_PULL_REPS'] ?? 2);
const PROFILE = process.env['BENCH_ENC_PROFILE'] === '1';
const TIMEOUT_MS = Number(process.env['BENCH_TIMEOUT_MIN'] ?? 20) * 60_000;
const PROFILE_PARENT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const SECTION = 'encryption at rest (tests/bench/encryption-cost.ts)';

type Side = 'clear' | 'encrypted';
const SIDES: readonly Side[] = ['clear', 'encrypted'];
type PullSample = { floor: number; initial: number; pullCounts: CryptoCounts };
type Sample = PullSample & { save: number; saveCounts: CryptoCounts; coldList: number };

const notes: [number, number] = [200, 800];
const seekersOf = (n: number) => generateDemoData({ seekers: n, notesLength: notes, companies: 0, schools: 0, trialPlacements: 0, counsellingPerSeeker: [0, 0] }).seekers;

/** One side's floor and initial pull, on fresh databases; leaves the pulled database `name` behind. */
async function pull(page: Page, side: Side, name: string): Promise<PullSample> {
  const clear = side === 'clear';
  // The floor is always clear: the pull's ratio is to the least the pull must do.
  const floor = await page.evaluate((db) => window.bench.floor(db, true), `${name}-floor`);
  await page.evaluate((db) => window.bench.deleteDb(db), `${name}-floor`);
  await page.evaluate((db) => window.bench.signIn(db), name);
  await page.evaluate(() => window.bench.takeCounts());
  const initial = await page.evaluate(([db, c]) => window.bench.initialPull(db, c), [name, clear] as const);
  if (initial.count === 0) throw new Error(`bench: ${name} pulled no seekers`);
  return { floor: floor.totalMs, initial: initial.totalMs, pullCounts: await page.evaluate(() => window.bench.takeCounts()) };
}

async function saves(page: Page, side: Side, name: string): Promise<{ save: number; saveCounts: CryptoCounts }> {
  await page.evaluate(() => window.bench.takeCounts());
  const push = await page.evaluate(([db, edits, c]) => window.bench.push(db, edits, c), [name, SAVES, side === 'clear'] as const);
  return { save: push.editMs / SAVES, saveCounts: push.editCounts };
}

async function full(page: Page, side: Side, name: string): Promise<Sample> {
  const pulled = await pull(page, side, name);
  const coldList = (await page.evaluate(([db, c]) => window.bench.coldListRead(db, c), [name, side === 'clear'] as const)).totalMs;
  const saved = await saves(page, side, name);
  await page.evaluate((db) => window.bench.deleteDb(db), name);
  return { ...pulled, ...saved, coldList };
}

/** Each side once more, the pull and the saves under the profiler. */
async function profileRep(page: Page): Promise<void> {
  for (const side of SIDES) {
    const name = `enc-profile-${side}`;
    const p = await profileStep(page, () => pull(page, side, name));
    const s = await profileStep(page, () => saves(page, side, name));
    await page.evaluate((db) => window.bench.deleteDb(db), name);
    const show = (what: string, cpu: CpuSummary, counts: CryptoCounts) => {
      console.log(`\n${side}, ${what}: wall ${ms(cpu.wallMs)}, main thread busy ${ms(cpu.busyMs)}, idle ${ms(cpu.idleMs)}; encrypt ${counts.encrypt}, decrypt ${counts.decrypt}, keep-alive reads ${counts.keepAlive}`);
      for (const f of cpu.top) console.log(`    ${ms(f.ms).padStart(7)}  ${f.name}`);
    };
    show(`floor + initial pull of ${N.toLocaleString('en-US')}`, p.cpu, p.result.pullCounts);
    show(`${SAVES} saves`, s.cpu, s.result.saveCounts);
  }
}

type Runs<T> = Record<Side, T[]>;

async function repeat<T>(reps: number, once: (side: Side, rep: number) => Promise<T>, show: (s: T) => string): Promise<Runs<T>> {
  const runs: Runs<T> = { clear: [], encrypted: [] };
  for (let rep = 0; rep < reps; rep++) {
    for (const side of rep % 2 === 0 ? SIDES : [...SIDES].reverse()) {
      const s = await once(side, rep);
      runs[side].push(s);
      console.log(`rep ${rep + 1} ${side}: ${show(s)}`);
    }
  }
  return runs;
}

const perRep = (values: readonly number[]) => range(values, ratio);
const showPull = (s: PullSample) => `floor ${ms(s.floor)}, initial pull ${ms(s.initial)}`;

function report(n: number, runs: Runs<Sample>, big: Runs<PullSample> | undefined, started: Date, seconds: number): string {
  const mid = <T>(side: Side, rs: Runs<T>, f: (s: T) => number) => median(rs[side].map(f));
  const pullRows = (count: number, rs: Runs<PullSample>, target: number): string[] => {
    const floor = median(SIDES.flatMap((side) => rs[side].map((s) => s.floor)));
    const [clearPull, encPull] = SIDES.map((side) => mid(side, rs, (s) => s.initial)) as [number, number];
    const encRatios = rs.encrypted.map((s) => s.initial / s.floor);
    const verdict = encPull / floor <= target ? `ok (≤ ${target}×)` : `MISS (> ${target}×)`;
    return [count.toLocaleString('en-US'), String(rs.encrypted.length), ms(floor), ms(clearPull), ms(encPull), ratio(encPull / floor), perRep(encRatios), ratio(encPull / clearPull), verdict];
  };
  const saveClear = mid('clear', runs, (s) => s.save);
  const saveEnc = mid('encrypted', runs, (s) => s.save);
  const saveRatios = runs.encrypted.map((s, i) => s.save / runs.clear[i]!.save);
  const listClear = mid('clear', runs, (s) => s.coldList);
  const listEnc = mid('encrypted', runs, (s) => s.coldList);
  return [
    '## Encryption at rest: its cost',
    '',
    `Generated by \`npm run bench:encryption\` (tests/bench/encryption-cost.ts) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; the run took ${seconds.toFixed(0)} s on ${cpus().length} cores shared with other work. Not a timed test: compare the ratios, each measured in this run (the two sides alternate per rep).`,
    `Data: generateDemoData seekers, notes of ${notes[0]}–${notes[1]} characters (~2 KB a record); headless Chromium, persistent profile in \`${PROFILE_PARENT}\`. Clear = the same app database without the encryption middleware. Floor = one fetch of all seekers + one bulkPut, clear.`,
    '',
    'Initial pull against its floor (median of the reps; per-rep: each rep\'s pull ÷ the floor measured just before it):',
    '',
    table(
      ['N', 'reps', 'floor', 'pull, clear', 'pull, encrypted', 'encrypted ÷ floor', 'per rep', 'encrypted ÷ clear', 'target'],
      [pullRows(n, runs, 1.2), ...(big ? [pullRows(PULL_N, big, 1.15)] : [])],
    ),
    '',
    `A record save (saveRecord of an edited seeker, ${SAVES} in a row, one transaction each) and the list's read at a cold start, ${n.toLocaleString('en-US')} seekers:`,
    '',
    table(
      ['step', 'reps', 'clear (median)', 'encrypted (median)', 'encrypted ÷ clear', 'per rep', 'target'],
      [
        ['save', String(REPS), ms(saveClear), ms(saveEnc), ratio(saveEnc / saveClear), perRep(saveRatios), saveEnc / saveClear <= 1.2 ? 'ok (≤ 1.2×)' : 'MISS (> 1.2×)'],
        ['cold list read', String(REPS), ms(listClear), ms(listEnc), ratio(listEnc / listClear), perRep(runs.encrypted.map((s, i) => s.coldList / runs.clear[i]!.coldList)), '— (cold start: docs/cold-start.md)'],
      ],
    ),
    '',
  ].join('\n');
}

/** A sync server seeded with n seekers, the page opened on its origin (a fresh IndexedDB origin per server). */
async function withServer<T>(page: Page, pageDir: string, n: number, work: () => Promise<T>): Promise<T> {
  const server = await startBenchServer({ seekers: seekersOf(n), staticDir: pageDir, now: '2026-06-01T09:00:00.000+09:00' });
  try {
    await page.goto(`${server.url}/index.html${PROFILE ? '?count' : ''}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return await work();
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const pageDir = await buildBenchPage({ minify: !PROFILE });
  const profileDir = mkdtempSync(path.join(PROFILE_PARENT, 'field-bench-enc-'));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const watchdog = setTimeout(() => {
    console.error(`bench:encryption: over ${TIMEOUT_MS / 60_000} min, stopped`);
    process.exit(1);
  }, TIMEOUT_MS);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const warmUp = () => full(page, 'encrypted', 'enc-warm-up'); // JIT on both sides' paths, the server's caches
    if (PROFILE) return await withServer(page, pageDir, N, async () => (await warmUp(), await profileRep(page)));
    const runs = await withServer(page, pageDir, N, async () => {
      await warmUp();
      return repeat(REPS, (side, rep) => full(page, side, `enc-${side}-${rep}`), (s) => `${showPull(s)}, save ${ms(s.save)}, cold list read ${ms(s.coldList)}`);
    });
    const big =
      PULL_N > 0
        ? await withServer(page, pageDir, PULL_N, () =>
            repeat(
              PULL_REPS,
              async (side, rep) => {
                const s = await pull(page, side, `enc-big-${side}-${rep}`);
                await page.evaluate((db) => window.bench.deleteDb(db), `enc-big-${side}-${rep}`);
                return s;
              },
              showPull,
            ),
          )
        : undefined;
    const body = report(N, runs, big, started, (Date.now() - started.getTime()) / 1000);
    console.log(`\n${body}`);
    writeBenchSection(SECTION, body);
  } finally {
    clearTimeout(watchdog);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(pageDir, { recursive: true, force: true });
  }
}

await main();

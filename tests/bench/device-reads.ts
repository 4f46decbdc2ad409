/**
 * `npm run bench:device`: the device's reads at the volumes the programme will reach (DEMO_VOLUMES.programme:
 * 20,000 seekers, 500 companies with 1,000 openings, ~5,000 visits, 3,000 trials and what follows them),
 * stored the way the app stores them (openFieldDb: its tables, indexes, seeker list rows and list cache),
 * in headless Chromium (the page in device-page/, built with vite and served on 127.0.0.1) or, with
 * BENCH_DEVICE_IN=node, in fake-indexeddb under Node. The steps (device-steps.ts): the day list (its
 * reads + dueItems), a company's and a seeker's page data, match suggestions, the seeker picker keystroke
 * (p95), the preview of a 1,000-row CP932 student list, the attendance screen of a class of 40 and a
 * tap on it, the teacher's home, the grant report's dashboard and a filter change on it, each with a floor
 * measured in the same run.
 * Writes its section of docs/benchmarks.md (between the device-reads markers; the sync bench keeps it).
 *   npx tsx tests/bench/device-reads.ts    Env: BENCH_REPS=15 BENCH_DEVICE_IN=node BENCH_OUT=docs/benchmarks.md
 *                                          CHROMIUM_PATH=/usr/bin/chromium BENCH_TIMEOUT_MIN=10
 */
import { mkdtempSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { japanDay } from '../../src/domain/dates';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import type { DeviceRun } from './device-steps';
import { deviceReadsEnd, deviceReadsStart, median, ms, percentile, ratio, table } from './stats';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.resolve(repoRoot, process.env['BENCH_OUT'] ?? 'docs/benchmarks.md');
const REPS = Number(process.env['BENCH_REPS'] ?? 15);
const IN_NODE = process.env['BENCH_DEVICE_IN'] === 'node';
const TIMEOUT_MS = Number(process.env['BENCH_TIMEOUT_MIN'] ?? 10) * 60_000;
const RUNTIME = IN_NODE ? 'Node, fake-indexeddb' : 'Chromium';
const PROFILE_PARENT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

async function inNode(today: string): Promise<DeviceRun> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB, IDBKeyRange });
  // Loaded after the globals are set: Dexie takes indexedDB from them when it loads.
  const { runDeviceReads } = await import('./device-steps');
  return runDeviceReads(today, REPS, `device-reads-${Date.now()}`);
}

/** Builds device-page/ with vite, serves it on 127.0.0.1, and runs the steps in headless Chromium (persistent profile on tmpfs, as the sync bench). */
async function inChromium(today: string): Promise<DeviceRun> {
  const temp: string[] = [];
  const cleanups: (() => Promise<unknown> | void)[] = [
    () => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  ];
  try {
    const outDir = mkdtempSync(path.join(tmpdir(), 'device-bench-page-'));
    temp.push(outDir);
    await build({
      configFile: false,
      root: fileURLToPath(new URL('./device-page', import.meta.url)),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
    });
    const server = await new Promise<ReturnType<ReturnType<typeof express>['listen']>>((resolve) => {
      const s = express()
        .use(express.static(outDir))
        .listen(0, '127.0.0.1', () => resolve(s));
    });
    cleanups.unshift(() => new Promise((resolve) => server.close(resolve)));
    const profile = mkdtempSync(path.join(PROFILE_PARENT, 'device-bench-chromium-'));
    temp.push(profile);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    });
    cleanups.unshift(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const version = await context.browser()?.version();
    console.log(`device-reads: Chromium ${version ?? ''}`);
    return await page.evaluate(([day, reps]) => window.deviceBench.run(day, reps), [today, REPS] as const);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const today = japanDay(started.toISOString());
  const run = IN_NODE ? await inNode(today) : await inChromium(today);
  console.log(`device-reads: generated in ${ms(run.generatedMs)}, stored in ${ms(run.storedMs)}`);
  for (const r of run.results)
    console.log(`device-reads: ${r.name}: median ${ms(median(r.runs))}, p95 ${ms(percentile(r.runs, 95))}`);
  write(report(run, started));
}

function report(run: DeviceRun, started: Date): string {
  const volume = (e: string) => `${(run.volumes[e] ?? 0).toLocaleString('en-US')} ${e}`;
  const rows = run.results.map((r) => {
    const value = r.stat === 'p95' ? percentile(r.runs, 95) : median(r.runs);
    return [
      r.name,
      `${r.runs.length}`,
      ms(median(r.runs)),
      ms(percentile(r.runs, 95)),
      ms(median(r.floors)),
      ratio(median(r.runs) / median(r.floors)),
      r.target,
      r.target === 'report' ? '—' : value <= r.limitMs ? 'ok' : 'MISS',
    ];
  });
  const where = IN_NODE
    ? "IndexedDB is fake-indexeddb in Node (`BENCH_DEVICE_IN=node`): in memory, a JS implementation, so per-record costs differ from a browser's"
    : 'headless Chromium (tests/e2e/support/browser.ts flags), persistent profile on tmpfs, the page built from tests/bench/device-page with vite';
  return [
    deviceReadsStart(RUNTIME),
    `# Device reads at the programme volume (${RUNTIME})`,
    '',
    `Generated by \`npm run bench:device\` (tests/bench/device-reads.ts) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, demo laid out around ${run.today}. Not a timed test: numbers move with the machine's load (other work shares its ${cpus().length} cores), so each step also has its ratio to a floor measured in the same run.`,
    `**Where:** ${where}; Node ${process.version}.`,
    `**Data:** generateDemoData with DEMO_VOLUMES.programme (${IN_NODE ? 'in the bench process' : 'in the page'}): ${['seekers', 'companies', 'openings', 'companyVisits', 'trialPlacements', 'checkIns', 'retentionChecks', 'successFees', 'counsellingRecords', 'consents', 'schools', 'students', 'programmeSessions', 'attendance'].map(volume).join(', ')}. Generated in ${ms(run.generatedMs)}, stored with the app's tables and indexes (one transaction per table) in ${ms(run.storedMs)}.`,
    '',
    table(['step', 'runs', 'median', 'p95', 'floor (median)', 'step ÷ floor', 'target', ''], rows),
    '',
    "- **Floor,** measured interleaved with each run: for a step that reads whole tables, the same object stores read with one raw `getAll` each in one read transaction (no Dexie, no filtering, no derivation); for a page, which looks records up by index, one raw `get` of one record (one IndexedDB round trip, so the ratio counts round trips' worth); for the picker, the 20,000 list rows already in memory filtered with a plain substring test of the folded query.",
    "- **Day list:** `dayList` (src/storage/day-list-queries.ts) for the demo coordinator: its reads (open and hired trials by the status index, the running trials' check-ins, the unbilled fees; companies and retention checks whole; no visit, since each company carries the next visit its visits set) and `dueItems`. Its floor reads the same five stores whole.",
    "- **Company page / seeker page:** the reads behind the page's sections (record, visits, openings, trials with the seekers' names, fees; counselling records, trials with company names, check-ins, retention checks, consents, provisions), for the company and the seeker with the most trials.",
    '- **Match suggestions:** `seekerSuggestions` (src/storage/matching-queries.ts: its reads, then src/domain/matching.ts) for a seeker still matching; `companyCandidates` for the company above.',
    "- **Student import preview:** a school's list of 1,000 rows in CP932 (tests/bench/cp932-student-file.ts: the school's registered students again, then new ones, readings in half-width katakana, 髙 and 﨑) through `readStudentFile` and `previewImport` (src/features/student-import: detect the encoding, decode, parse with papaparse, recognise the columns, check every row with the student schema, against the file's other rows and the school's students read from the device). Its floor decodes the same bytes with the browser's Shift_JIS TextDecoder alone.",
    "- **Attendance:** the demo teacher's class today (src/storage/attendance-queries.ts `readSessionAttendance`: the session, its programme's participants, the marks by session, the roster's students and their marks by student, the host; then the roster, the tally and each student's own rate), among the 3,000 students of 12 schools; a tap is `cycleMark` (src/storage/attendance-writes.ts: the stored mark moved on through `saveRecord`, with the domain rules, the record and its outbox entry in one transaction) followed by that read again, as the screen's live query does. The teacher's home reads the school's sessions, participants, internships, students and marks and derives every session's roster.",
    "- **Grant report:** the dashboard for this fiscal year, opened cold as the app opens it after the first time: `readReportData` (src/storage/report-input-cache.ts) with nothing held in memory reads the cached copy of the report's records (one `listCache` entry: the 14 tables the report counts, each record cut to the fields the report reads, saved a second after the warm-up's read of the tables and sealed by the encryption at rest), unseals and parses it and runs `prepareReport`; then `computeGrantReport` (src/domain/grant-report.ts). The copy is used only while no report table was written since; the first open after a write reads the 14 tables (not timed here). Its floor is one raw get of that same `listCache` entry, as stored (the one record this path reads). A filter change is `computeGrantReport` alone on the records prepared once (a month, a town, an age group, the year before in turn); its floor is the picker's in-memory scan.",
    '- **Seeker picker:** a keystroke over the queries in turn, p95: `listSeekers` (src/storage/seeker-queries.ts) with the list cache current, which reads and parses the cached sorted list on every call; or the rows read once when the picker opens and `searchSeekerRows` (the same search) per keystroke.',
    deviceReadsEnd(RUNTIME),
    '',
  ].join('\n');
}

/** Replaces this bench's section of the benchmarks file, or appends it. */
function write(section: string): void {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const [open, close] = [deviceReadsStart(RUNTIME), deviceReadsEnd(RUNTIME)];
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + close.length + 1)}`
      : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(OUT, next);
  console.log(`device-reads: wrote ${path.relative(repoRoot, OUT)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('device-reads: failed', error);
    process.exit(1);
  },
);

/**
 * `npm run bench:server-push`: the server's push alone, for profiling (`node --cpu-prof --import tsx
 * tests/bench/server-push-profile.ts`) and for the ratio of the two validation paths in one run.
 * Seeds N seekers in a fresh SQLite data dir (the real server and store, synchronous=FULL), then, in
 * batches of BATCH, alternating:
 *  - in-process (service.push) and over HTTP (a signed-in device, as run.ts part e), edits of the
 *    same TOTAL seekers each run: records this process wrote, so only the patched fields are parsed
 *    (sync-server/src/services/conforming-records.ts);
 *  - in-process, edits of TOTAL seekers this process never wrote (each run a new stretch): the whole
 *    record is parsed, as after a server restart.
 *  - the floor (sqlite-push-floor.ts): the same edits' reads and whole-row writes and log rows in a
 *    database of the same seekers on the same disk, with no sync logic, in the same batches.
 * Prints the median and range of RUNS runs of each and writes its section of docs/benchmarks.md.
 * Run by `npm run bench:server-push` with the server's heap setting (package.json `start`).
 * Env: PUSH_N=20000 PUSH_TOTAL=5000 PUSH_BATCH=500 PUSH_RUNS=3
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../src/shared/demo-data';
import { startBenchServer } from './bench-server';
import { writeBenchSection } from './report-file';
import { httpThroughput, SeekerEditor, serviceThroughput, type Throughput } from './server-side';
import { openPushFloor } from './sqlite-push-floor';
import { int, median, range, ratio, table } from './stats';

const TOTAL = Number(process.env['PUSH_TOTAL'] ?? 5_000);
const BATCH = Number(process.env['PUSH_BATCH'] ?? 500);
const RUNS = Number(process.env['PUSH_RUNS'] ?? 3);
/** The repeated stretch, then one fresh stretch per run. */
const N = Math.max(Number(process.env['PUSH_N'] ?? 20_000), TOTAL * (RUNS + 1));

async function main(): Promise<void> {
  // Also keeps the event loop alive while the server starts (its checkpoint worker is unref'd).
  const watchdog = setTimeout(() => {
    console.error('server-push-profile: stopped after 10 minutes');
    process.exit(2);
  }, 10 * 60_000);
  const seekers = generateDemoData({ seekers: N, notesLength: [200, 800], companies: 0, schools: 0, trialPlacements: 0, counsellingPerSeeker: [0, 0] }).seekers;
  // The bench server serves a page too; this script needs none.
  const staticDir = mkdtempSync(path.join(tmpdir(), 'field-bench-static-'));
  const server = await startBenchServer({ seekers, staticDir, now: '2026-06-01T09:00:00.000+09:00' }).catch((error: unknown) => {
    rmSync(staticDir, { recursive: true, force: true });
    throw error;
  });
  const floor = await openPushFloor(seekers).catch(async (error: unknown) => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const editor = new SeekerEditor(seekers, 'bench-server-editor');
    // Warm-up (JIT, SQLite cache), and the repeated stretch written once by this process.
    await serviceThroughput(server.service, editor, TOTAL, BATCH);
    await httpThroughput(server.url, editor, 2 * BATCH, BATCH);
    floor.run(TOTAL, BATCH, 0);
    const runs: Record<'repeat' | 'http' | 'first' | 'floor', Throughput[]> = { repeat: [], http: [], first: [], floor: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.first.push(await serviceThroughput(server.service, editor, TOTAL, BATCH, TOTAL * (i + 1)));
      runs.repeat.push(await serviceThroughput(server.service, editor, TOTAL, BATCH));
      runs.http.push(await httpThroughput(server.url, editor, TOTAL, BATCH));
      runs.floor.push(floor.run(TOTAL, BATCH, TOTAL * (i + 1)));
    }
    const rates = (xs: Throughput[]) => xs.map((x) => x.perSecond);
    const row = (name: string, xs: Throughput[]) => [name, `${int(median(rates(xs)))} /s`, range(rates(xs), int)];
    const result = table(
      ['push (batches of 500)', `median of ${RUNS} runs`, 'range'],
      [
        row('in-process, records this process wrote (patched fields parsed)', runs.repeat),
        row('in-process, records it never wrote (whole record parsed)', runs.first),
        row('over HTTP, records this process wrote', runs.http),
        row('floor: the same edits as bare reads, row writes and log rows (no sync logic)', runs.floor),
      ],
    );
    const quick = ratio(median(rates(runs.repeat)) / median(rates(runs.first)));
    const ofFloor = (xs: Throughput[]) => ratio(median(rates(xs)) / median(rates(runs.floor)));
    console.log(`${result}\npatched-fields path ÷ whole-record path: ${quick}; of the floor: in-process ${ofFloor(runs.repeat)}, over HTTP ${ofFloor(runs.http)}`);
    const load = loadavg()[0]!.toFixed(1);
    writeBenchSection(
      'server push, validation paths',
      `## Server push on SQLite: what validating only the patched fields gives, and the floor

Generated by \`npm run bench:server-push\` (tests/bench/server-push-profile.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, load average ${load} at the end (the machine is shared: compare the rows of this run with each other). The real server and store on SQLite with synchronous=FULL (Node with the server's \`--max-semi-space-size=64\`), ${int(N)} seekers, ${RUNS} runs of ${int(TOTAL)} edits (notes + status) of each kind, the kinds alternating.

${result}

The patched-fields path ÷ the whole-record path, in-process: **${quick}**. The whole-record parse runs on a record's first edit since the server process started (sync-server/src/services/conforming-records.ts), so after a restart a push costs what the second row says until its records have been written once.

Against the floor measured in the same run (tests/bench/sqlite-push-floor.ts: a database of the same seekers on the same disk, opened like the server's, each batch one synchronous=FULL transaction that reads every edited row, parses it, writes it back whole and logs the mutation; no merge, rules, history records, access checks or HTTP): in-process **${ofFloor(runs.repeat)}**, over HTTP **${ofFloor(runs.http)}** of the floor's rate. What separates the push from the floor is the sync logic and HTTP; what limits the floor is SQLite rewriting one ~4 KB page per edited record and the fsync at each commit.`,
    );
  } finally {
    await floor.close();
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

// Exits explicitly: the store's checkpoint worker is unref'd and may still be closing.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('server-push-profile: failed', error);
    process.exit(1);
  },
);

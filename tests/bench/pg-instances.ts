/**
 * `npm run bench:pg`: the server on PostgreSQL as it runs for several instances. A throw-away cluster
 * with durability ON (scripts/start-test-postgres.sh with PG_DURABLE=1: fsync and synchronous commit, so
 * an acknowledged push is on disk), seeded with N seekers; the real server entry
 * (sync-server/src/index.ts) started as 1 and then 3 separate processes on the same database; 8 devices
 * (own client ids, signed in like the app) push at once, each its own seekers, batches of 500, one
 * request at a time per device, round-robin over the instances. Reports mutations/s over the wall time
 * and the push latency (median, p95) per request: no target, the issue asks for the figures.
 * Writes its section of docs/benchmarks.md (between its markers; the other benches keep it).
 *   npx tsx tests/bench/pg-instances.ts   Env: BENCH_PG_SEEKERS=10000 BENCH_PG_RUNS=3 BENCH_TIMEOUT_MIN=8
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoData } from '../../src/shared/demo-data';
import type { Seeker } from '../../src/shared/entities';
import type { PushResponse } from '../../src/shared/sync-protocol';
import { hashPassword } from '../../sync-server/src/services/password';
import { seedIfEmpty } from '../../sync-server/src/services/seed-service';
import { AuthStore } from '../../sync-server/src/store/auth-store';
import { createSqlStore } from '../../sync-server/src/store/sql-store';
import { BENCH_LOGIN } from './page/bench-api';
import { writeBenchSection } from './report-file';
import { SeekerEditor, signInDevice } from './server-side';
import { int, median, ms, percentile, table } from './stats';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SEEKERS = Number(process.env['BENCH_PG_SEEKERS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_PG_RUNS'] ?? 3);
const TIMEOUT_MS = Number(process.env['BENCH_TIMEOUT_MIN'] ?? 8) * 60_000;
const DEVICES = 8;
const BATCH = 500;
const BATCHES_PER_DEVICE = 4;
const INSTANCE_COUNTS = [1, 3] as const;
const NOW = '2026-06-01';
const SECTION = 'server on PostgreSQL';

type Run = { instances: number; mutations: number; wallMs: number; latencies: number[] };

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** One server process on `databaseUrl`; resolves once it listens. */
async function startInstance(databaseUrl: string, staticDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'sync-server/src/index.ts')], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', STATIC_DIR: staticDir, DEMO_SEED: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Open http')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`instance exited ${code}: ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

type Device = { editor: SeekerEditor; url: string; headers: Record<string, string> };

/** Each device signs in (as its own user: sign-in is rate-limited per login) to instance (device mod instances). */
const signInAll = (urls: readonly string[], editors: readonly SeekerEditor[]): Promise<Device[]> =>
  Promise.all(
    editors.map(async (editor, d) => {
      const url = urls[d % urls.length]!;
      return { editor, url, headers: await signInDevice(url, editor.clientId, deviceLogin(d)) };
    }),
  );

/** All devices at once, each pushing its own seekers' edits. */
async function pushAtOnce(devices: readonly Device[], instances: number): Promise<Run> {
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    devices.map(async ({ editor, url, headers }) => {
      for (let b = 0; b < BATCHES_PER_DEVICE; b++) {
        const body = JSON.stringify({ ...editor.request(editor.mutations(b * BATCH, BATCH)), slimAcks: true });
        const t = performance.now();
        const res = await fetch(`${url}/api/sync/push`, { method: 'POST', headers, body });
        if (!res.ok) throw new Error(`push HTTP ${res.status}: ${await res.text()}`);
        editor.learn((await res.json()) as PushResponse);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { instances, mutations: devices.length * BATCHES_PER_DEVICE * BATCH, wallMs: performance.now() - t0, latencies };
}

const deviceLogin = (d: number) => ({ loginId: `${BENCH_LOGIN.loginId}-${d + 1}`, password: BENCH_LOGIN.password });

async function main(): Promise<void> {
  const started = new Date();
  const cleanups: (() => unknown)[] = [];
  const watchdog = setTimeout(() => {
    console.error('bench:pg: timed out');
    process.exit(1);
  }, TIMEOUT_MS);
  try {
    const env = execFileSync('bash', [path.join(repoRoot, 'scripts/start-test-postgres.sh')], { env: { ...process.env, PG_DURABLE: '1' }, encoding: 'utf8' });
    const value = (name: string) => env.match(new RegExp(`${name}=(\\S+)`))?.[1] ?? '';
    const [databaseUrl, pgDir] = [value('TEST_DATABASE_URL'), value('TEST_PG_DIR')];
    cleanups.push(() => execFileSync('bash', [path.join(repoRoot, 'scripts/start-test-postgres.sh'), 'stop', pgDir]));
    const pgVersion = execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1 | xargs basename'], { encoding: 'utf8' }).trim();

    const seekers: Seeker[] = generateDemoData({ seekers: SEEKERS, companies: 0, now: NOW }).seekers;
    const store = await createSqlStore({ postgresUrl: databaseUrl });
    await seedIfEmpty(store, { seekers }, `${NOW}T00:00:00.000Z`);
    const passwordHash = await hashPassword(BENCH_LOGIN.password);
    for (let d = 0; d < DEVICES; d++)
      await new AuthStore(store.db).insertUser({
        id: crypto.randomUUID(),
        loginId: deviceLogin(d).loginId,
        displayName: `ベンチ端末 ${d + 1}`,
        role: 'coordinator',
        schoolId: null,
        passwordHash,
        disabled: false,
        createdAt: NOW,
        updatedAt: NOW,
      });
    await store.close();

    const staticDir = mkdtempSync(path.join(tmpdir(), 'bench-pg-static-'));
    cleanups.push(() => rmSync(staticDir, { recursive: true, force: true }));
    const slice = Math.floor(seekers.length / DEVICES);
    const editors = Array.from({ length: DEVICES }, (_, d) => new SeekerEditor(seekers.slice(d * slice, (d + 1) * slice), crypto.randomUUID()));
    const runs: Run[] = [];
    for (const count of INSTANCE_COUNTS) {
      const instances = await Promise.all(Array.from({ length: count }, () => startInstance(databaseUrl, staticDir)));
      try {
        const devices = await signInAll(instances.map((i) => i.url), editors);
        for (let r = 0; r < RUNS; r++) {
          const run = await pushAtOnce(devices, count);
          console.log(`bench:pg: ${count} instance(s): ${int((run.mutations * 1000) / run.wallMs)} mutations/s, p95 ${ms(percentile(run.latencies, 95))}`);
          runs.push(run);
        }
      } finally {
        for (const i of instances) i.child.kill('SIGTERM');
        await Promise.all(instances.map((i) => new Promise((resolve) => (i.child.exitCode !== null ? resolve(null) : i.child.once('exit', resolve)))));
      }
    }
    writeBenchSection(SECTION, report(runs, started, pgVersion));
  } finally {
    clearTimeout(watchdog);
    for (const cleanup of cleanups.reverse()) cleanup();
  }
}

function report(runs: readonly Run[], started: Date, pgVersion: string): string {
  const rows = INSTANCE_COUNTS.map((count) => {
    const mine = runs.filter((r) => r.instances === count);
    const rates = mine.map((r) => (r.mutations * 1000) / r.wallMs);
    const latencies = mine.flatMap((r) => r.latencies);
    return [`${count}`, `${mine.length}`, int(median(rates)), `${int(Math.min(...rates))}–${int(Math.max(...rates))}`, ms(median(latencies)), ms(percentile(latencies, 95))];
  });
  return [
    `# Server push on PostgreSQL, several instances`,
    '',
    `Generated by \`npm run bench:pg\` (tests/bench/pg-instances.ts) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC; PostgreSQL ${pgVersion} on this machine (${cpus().length} cores shared by the server processes, the database and the bench), Node ${process.version}.`,
    `**Setup:** a throw-away cluster with durability on (fsync, synchronous commit: an acknowledged push is on disk), ${SEEKERS.toLocaleString('en-US')} seekers; the real server entry as separate processes on the one database; ${DEVICES} devices signed in as a coordinator push at once, each its own seekers, ${BATCHES_PER_DEVICE} batches of ${BATCH} edits one request at a time (each edit changes the notes and, where the lifecycle allows, the status, which also writes its history record), round-robin over the instances. Throughput = all mutations ÷ wall time from the first request to the last answer; latency per push request.`,
    '',
    table(['instances', 'runs', 'mutations/s (median)', 'range', 'push latency median', 'p95'], rows),
    '',
  ].join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:pg: failed', error);
    process.exit(1);
  },
);

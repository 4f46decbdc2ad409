/**
 * `npm run bench:encryption`: what encryption at rest costs, against the same operations without it
 * in the same run (the bench page's `clear` databases drop the encryption middleware). N seekers
 * (BENCH_ENC_N, default 10,000) on the real sync server; in headless Chromium on a persistent profile,
 * REPS times (BENCH_REPS, default 3), each side in turn (the order alternates per rep):
 *   - initial pull (runInitialSync), against the clear one and against the floor (one fetch + one bulkPut, clear);
 *   - 200 record saves (saveRecord of an edited seeker, one transaction each): ms per save;
 *   - the list's read at a cold start (the cached sorted copy, seeker-list-cache.ts).
 * Targets (issue 15): initial pull ≤ 1.2× its floor, a save ≤ 1.2×, cold start to the list ≤ 1.15×.
 * Prints the medians and the ratios; writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { generateDemoData } from '../../src/shared/demo-data';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startBenchServer } from './bench-server';
import { buildBenchPage } from './build-page';
import { median, ms, ratio } from './stats';

const N = Number(process.env['BENCH_ENC_N'] ?? 10_000);
const REPS = Number(process.env['BENCH_REPS'] ?? 3);
const SAVES = 200;

type Side = 'clear' | 'encrypted';
type Sample = { floor: number; initial: number; save: number; coldList: number };

async function main(): Promise<void> {
  const pageDir = await buildBenchPage();
  const profileDir = mkdtempSync(path.join(tmpdir(), 'field-bench-enc-'));
  const seekers = generateDemoData({ seekers: N, notesLength: [200, 800], companies: 0, schools: 0, trialPlacements: 0, counsellingPerSeeker: [0, 0] }).seekers;
  const server = await startBenchServer({ seekers, staticDir: pageDir, now: '2026-06-01T09:00:00.000+09:00' });
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const samples: Record<Side, Sample[]> = { clear: [], encrypted: [] };

    const once = async (side: Side, rep: number): Promise<Sample> => {
      const clear = side === 'clear';
      const name = `enc-${side}-${rep}`;
      const floor = await page.evaluate(([db, c]) => window.bench.floor(db, c), [`${name}-floor`, clear] as const);
      await page.evaluate((db) => window.bench.deleteDb(db), `${name}-floor`);
      await page.evaluate((db) => window.bench.signIn(db), name);
      const initial = await page.evaluate(([db, c]) => window.bench.initialPull(db, c), [name, clear] as const);
      const coldList = await page.evaluate(([db, c]) => window.bench.coldListRead(db, c), [name, clear] as const);
      const push = await page.evaluate(([db, edits, c]) => window.bench.push(db, edits, c), [name, SAVES, clear] as const);
      await page.evaluate((db) => window.bench.deleteDb(db), name);
      return { floor: floor.totalMs, initial: initial.totalMs, save: push.editMs / SAVES, coldList: coldList.totalMs };
    };

    await once('encrypted', -1); // warm-up: JIT on both sides, the server's caches
    for (let rep = 0; rep < REPS; rep++) {
      const order: Side[] = rep % 2 === 0 ? ['clear', 'encrypted'] : ['encrypted', 'clear'];
      for (const side of order) {
        const s = await once(side, rep);
        samples[side].push(s);
        console.log(`rep ${rep + 1} ${side}: floor ${ms(s.floor)}, initial pull ${ms(s.initial)}, save ${ms(s.save)}, cold list read ${ms(s.coldList)}`);
      }
    }
    const mid = (side: Side, k: keyof Sample) => median(samples[side].map((s) => s[k]));
    console.log(`\n${N.toLocaleString('en-US')} seekers, medians of ${REPS}:`);
    for (const k of ['initial', 'save', 'coldList'] as const) console.log(`  ${k}: clear ${ms(mid('clear', k))}, encrypted ${ms(mid('encrypted', k))} = ${ratio(mid('encrypted', k) / mid('clear', k))}`);
    console.log(`  initial pull (encrypted) ÷ floor (clear): ${ratio(mid('encrypted', 'initial') / mid('clear', 'floor'))}; clear initial pull ÷ floor: ${ratio(mid('clear', 'initial') / mid('clear', 'floor'))}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(pageDir, { recursive: true, force: true });
  }
}

await main();

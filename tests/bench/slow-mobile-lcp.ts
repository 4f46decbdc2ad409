/**
 * Benchmark (not a timed test): a first visit over a slow mobile link, to the sign-in screen. Chromium
 * with Lighthouse's mobile preset done by hand over CDP (Lighthouse is not installed): "slow 4G"
 * (150 ms RTT, 1.6 Mbps down, 750 Kbps up), the CPU slowed 4×, a 412×823 viewport, a cold cache (a
 * fresh context: no HTTP cache, no service worker). The real sync server serves the production build
 * (dist/), compressed as in production. Read in the page: FCP and LCP (the last
 * `largest-contentful-paint` entry once the sign-in form shows), and the bytes on the wire before LCP
 * and in all (CDP's encoded lengths, headers included).
 *
 * The floor, measured in the same run and alternating with the app: the same server sending a minimal
 * page (one heading and one paragraph of Japanese text, no CSS, no script) over the same link. The
 * figure that travels between machines is the app's LCP over the floor's.
 *   npx vite build && npx tsx tests/bench/slow-mobile-lcp.ts   (LCP_RUNS=5 by default; LCP_DIST, LCP_BEFORE, LCP_WATERFALL below)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { startPwaAppServer } from '../e2e/support/pwa-app-server';
import { writeBenchSection } from './report-file';
import { bytes, median, ms, range, ratio, table } from './stats';

const RUNS = Number(process.env['LCP_RUNS'] ?? 5);
/** The issue's target for the sign-in screen's LCP (Lighthouse mobile preset). */
const TARGET_MS = 2_000;
const VIEWPORT = { width: 412, height: 823 };
/** Lighthouse's mobile throttling (its "slow 4G" preset), in CDP's units: bytes per second, ms. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
/** The build to serve: LCP_DIST=<folder> measures another one (an earlier version, for a before/after). */
const DIST = process.env['LCP_DIST'] ?? 'dist';
/** LCP_BEFORE=<folder>: an earlier build loaded in the same runs, alternating with the app and the floor (a before/after from one run). */
const BEFORE = process.env['LCP_BEFORE'];
/** LCP_WATERFALL=1 prints each load's responses (start → end after navigation, bytes): the profile. */
const WATERFALL = process.env['LCP_WATERFALL'] === '1';
/** One load may not take longer than this (the bench stops by itself). */
const LOAD_TIMEOUT_MS = 60_000;

const FLOOR_PAGE = `<!doctype html>
<html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title></head>
<body><h1>サインイン</h1><p>旭川圏トライアルワークのアカウントでサインインしてください。オフラインでも、この端末でパスコードを使って再開できます。</p></body></html>
`;

type Load = { fcp: number; lcp: number; lcpElement: string; bytesBeforeLcp: number; bytesTotal: number; requests: number };

/** Collects paint entries from the first byte on, before any script of the page runs. */
const OBSERVE_PAINTS = () => {
  const w = window as unknown as { __lcp: { time: number; element: string }[] };
  w.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
      const element = entry.element;
      w.__lcp.push({ time: entry.startTime, element: element ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}` : '?' });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

async function loadOnce(browser: Browser, url: string, ready: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // Bytes per finished response, stamped with the page's clock (CDP's monotonic seconds → ms after navigation start).
    const finished: { at: number; bytes: number; id: string }[] = [];
    cdp.on('Network.loadingFinished', (event) => finished.push({ at: event.timestamp * 1000, bytes: event.encodedDataLength, id: event.requestId }));
    let navigationStart = Number.NaN;
    const requested = new Map<string, { url: string; at: number }>();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.type === 'Document' && Number.isNaN(navigationStart)) navigationStart = event.timestamp * 1000;
      requested.set(event.requestId, { url: event.request.url, at: event.timestamp * 1000 });
    });
    await page.addInitScript(OBSERVE_PAINTS);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await page.locator(ready).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    // Two frames after the content is there, its paint (and its LCP entry) has been recorded.
    const paints = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: { time: number; element: string }[] }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({
                fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
                lcp: (window as unknown as { __lcp: { time: number; element: string }[] }).__lcp,
              }),
            ),
          ),
        ),
    );
    const last = paints.lcp.at(-1);
    const lcp = last?.time ?? Number.NaN;
    // The page's time origin is the navigation start; CDP's request of the document is within a ms of it.
    const beforeLcp = finished.filter((f) => f.at - navigationStart <= lcp);
    if (WATERFALL) {
      for (const f of finished) {
        const request = requested.get(f.id);
        console.log(`  ${ms((request?.at ?? Number.NaN) - navigationStart).padStart(7)} → ${ms(f.at - navigationStart).padStart(7)} ${bytes(f.bytes).padStart(9)} ${request?.url.replace(/^https?:\/\/[^/]+/u, '')}`);
      }
      console.log(`  FCP ${ms(paints.fcp)}, LCP ${ms(lcp)} (${last?.element})`);
    }
    return {
      fcp: paints.fcp,
      lcp,
      lcpElement: last?.element ?? '?',
      bytesBeforeLcp: beforeLcp.reduce((sum, f) => sum + f.bytes, 0),
      bytesTotal: finished.reduce((sum, f) => sum + f.bytes, 0),
      requests: finished.length,
    };
  } finally {
    await context.close();
  }
}

const describe = (name: string, loads: Load[]) =>
  `${name}: LCP ${ms(median(loads.map((l) => l.lcp)))} (${range(
    loads.map((l) => l.lcp),
    ms,
  )}), FCP ${ms(median(loads.map((l) => l.fcp)))}, ${bytes(median(loads.map((l) => l.bytesBeforeLcp)))} before LCP, ${bytes(median(loads.map((l) => l.bytesTotal)))} by the form`;

/** A copy of the build `dir` (with the floor page) served by the real server. */
async function serve(dir: string) {
  const served = mkdtempSync(path.join(tmpdir(), 'field-lcp-'));
  cpSync(dir, served, { recursive: true });
  writeFileSync(path.join(served, 'lcp-floor.html'), FLOOR_PAGE);
  const server = await startPwaAppServer({ dir: served, demo: { seekers: 10 } });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(served, { recursive: true, force: true });
    },
  };
}

async function main() {
  // The floor page is served by the same server from the same folder as the app.
  const server = await serve(DIST);
  const beforeServer = BEFORE === undefined ? undefined : await serve(BEFORE);
  const browser = await launchBrowser();
  const app: Load[] = [];
  const floor: Load[] = [];
  const before: Load[] = [];
  const started = Date.now();
  try {
    // Alternating, so a change in the machine's load falls on all alike.
    for (let run = 1; run <= RUNS; run++) {
      const f = await loadOnce(browser, `${server.url}/lcp-floor.html`, 'p');
      const a = await loadOnce(browser, `${server.url}/`, 'button[type="submit"]');
      floor.push(f);
      app.push(a);
      console.log(
        `run ${run}: app LCP ${ms(a.lcp)} (${a.lcpElement}), FCP ${ms(a.fcp)}, ${bytes(a.bytesBeforeLcp)} before LCP, ${bytes(a.bytesTotal)} in ${a.requests} responses; floor LCP ${ms(f.lcp)}, ${bytes(f.bytesTotal)}`,
      );
      if (beforeServer) {
        const b = await loadOnce(browser, `${beforeServer.url}/`, 'button[type="submit"]');
        before.push(b);
        console.log(`run ${run}: before LCP ${ms(b.lcp)} (${b.lcpElement}), FCP ${ms(b.fcp)}, ${bytes(b.bytesBeforeLcp)} before LCP`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await beforeServer?.close();
  }
  const lcp = median(app.map((l) => l.lcp));
  const floorLcp = median(floor.map((l) => l.lcp));
  console.log(describe('sign-in screen', app));
  console.log(describe('floor', floor));
  if (before.length > 0) console.log(`${describe('before', before)}; ${ratio(median(before.map((l) => l.lcp)) / floorLcp)} the floor`);
  console.log(`LCP ${ms(lcp)}, ${ratio(lcp / floorLcp)} the floor (target ${ms(TARGET_MS)}: ${lcp <= TARGET_MS ? 'met' : 'MISSED'}); ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const row = (name: string, loads: Load[]) => [
    name,
    `**${ms(median(loads.map((l) => l.lcp)))}** (${range(
      loads.map((l) => l.lcp),
      ms,
    )})`,
    ratio(median(loads.map((l) => l.lcp)) / floorLcp),
    ms(median(loads.map((l) => l.fcp))),
    bytes(median(loads.map((l) => l.bytesBeforeLcp))),
    bytes(median(loads.map((l) => l.bytesTotal))),
    loads[0]?.lcpElement ?? '?',
  ];
  writeBenchSection(
    'slow-mobile-lcp',
    `## First visit over a slow mobile link: the sign-in screen's LCP

Generated by \`npm run bench:lcp\` (tests/bench/slow-mobile-lcp.ts) from ${DIST === 'dist' ? 'dist/' : DIST} on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, ${RUNS} runs alternating with the floor${BEFORE === undefined ? '' : ` and the build before (${BEFORE})`}. Chromium with Lighthouse's mobile throttling set over CDP: 150 ms RTT, 1.6 Mbps down, 750 Kbps up, CPU slowed ${CPU_SLOWDOWN}×, ${VIEWPORT.width}×${VIEWPORT.height}, cold cache, the production build served by the real server. The floor is the same server sending a minimal page (a heading and a paragraph, no CSS or script) over the same link. Target: LCP ≤ ${ms(TARGET_MS)} (where we want to be: ≤ 1.5 s).

${table(['page', 'LCP, median (range)', 'of the floor', 'FCP, median', 'bytes before LCP', 'bytes by the form', 'LCP element'], [row('sign-in screen', app), ...(before.length > 0 ? [row('sign-in screen, build before', before)] : []), row('floor', floor)])}
`,
  );
}

await main();

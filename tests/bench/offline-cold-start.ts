/**
 * Benchmark (not a timed test) for issue 6: offline cold start to an interactive seeker list with
 * 10,000 seekers stored on the device. Setup, online: the real sync server (in-memory SQLite) serves
 * dist/ and 10,000 demo seekers; a Chromium profile opens the app once, so the service worker installs
 * and the initial sync stores everything in IndexedDB. Then, RUNS times: start Chromium afresh on that
 * profile, with the network off, open /seekers: the app starts locked (issue 5), so the time to the
 * passcode screen and the time from unlocking to the list showing its rows and the "10,000件" count are
 * read with `performance.now()` in the page; their sum is the app's own cold start (typing excluded).
 * Prints each run and the medians.
 *   npx vite build && npx tsx tests/bench/offline-cold-start.ts [seekers] [runs]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchTabletProfile } from '../e2e/support/browser';
import { startPwaAppServer } from '../e2e/support/pwa-app-server';
import { E2E_PASSCODE, signIn } from '../e2e/support/sign-in';

const SEEKERS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);

const launch = (profile: string): Promise<BrowserContext> => launchTabletProfile(profile, { hasTouch: false });

const countText = `${SEEKERS.toLocaleString('ja')}件`;

async function main() {
  const server = await startPwaAppServer({ demo: { seekers: SEEKERS, counsellingPerSeeker: [0, 1] } });
  const profile = mkdtempSync(path.join(tmpdir(), 'field-cold-start-'));
  try {
    const setupStart = Date.now();
    const setup = await launch(profile);
    const page = setup.pages()[0] ?? (await setup.newPage());
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByText(countText).waitFor({ timeout: 600_000 });
    // Let the initial sync finish writing everything else before the profile is closed.
    await page.waitForFunction(() => !document.body.innerText.includes('初回同期'), undefined, { timeout: 600_000 }).catch(() => undefined);
    await page.waitForTimeout(2_000);
    await setup.close();
    console.log(`setup (online, initial sync of ${SEEKERS} seekers): ${((Date.now() - setupStart) / 1000).toFixed(1)} s`);

    const times: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const context = await launch(profile);
      await context.setOffline(true);
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(`${server.url}/seekers`);
      const passcode = tab.getByRole('textbox', { name: /^パスコード/ });
      const lockReady = (await (await tab.waitForFunction(() => (document.querySelector('input[inputmode="numeric"], input[type="password"]') ? performance.now() : false), undefined, { timeout: 60_000, polling: 'raf' })).jsonValue()) as number;
      await passcode.fill(E2E_PASSCODE);
      const unlockAt = (await tab.evaluate(() => performance.now())) as number;
      await tab.getByRole('button', { name: 'ロックを解除' }).click();
      const ms = await tab.waitForFunction(
        (text) => document.querySelector('.vlist__row a') !== null && document.body.innerText.includes(text) ? performance.now() : false,
        countText,
        { timeout: 60_000, polling: 'raf' },
      );
      const listAt = (await ms.jsonValue()) as number;
      const value = lockReady + (listAt - unlockAt);
      const phases = await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js'));
        return {
          controlled: navigator.serviceWorker.controller !== null,
          html: nav ? Math.round(nav.responseEnd) : -1,
          domReady: nav ? Math.round(nav.domContentLoadedEventEnd) : -1,
          fcp: paint ? Math.round(paint.startTime) : -1,
          lastScript: Math.round(Math.max(0, ...scripts.map((r) => r.responseEnd))),
        };
      });
      times.push(value);
      console.log(
        `run ${run}: ${value.toFixed(0)} ms = ${lockReady.toFixed(0)} ms to the passcode screen + ${(listAt - unlockAt).toFixed(0)} ms from unlock to an interactive list (offline, SW in control: ${phases.controlled}; ` +
          `html ${phases.html} ms, scripts loaded ${phases.lastScript} ms, DOM ready ${phases.domReady} ms, first paint ${phases.fcp} ms)`,
      );
      await context.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`median offline cold start: ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (budget 1000 ms), ${SEEKERS} seekers`);
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();

/**
 * Safe updates: a second build is deployed while the app is open. The update prompt
 * (更新があります) appears; with a half-filled form the app never reloads by itself, not even after
 * 今すぐ更新 (it says it waits for the form); once the form is cancelled it reloads into the new
 * version. Screenshots of the prompt in both tablet orientations.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { openAppMenu } from './support/app-menu';
import { openTabletPage, type TabletPage } from './support/browser';
import { buildAppVersion, startPwaAppServer, type PwaAppServer } from './support/pwa-app-server';
import { recordSkipWaitingRequests, skipWaitingRequests, traceServiceWorkers, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

const NEXT_VERSION = 'e2e-next-build';

/** A marker on `window` disappears with a reload, so its presence proves the page was not reloaded. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { e2eMarker: number }).e2eMarker = 1));
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { e2eMarker?: number }).e2eMarker === 1);
const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
const hasWaitingWorker = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

/** The registration's workers and the prompt, as the page sees them (for a failure's printout). */
const workerStates = (page: Page) =>
  page
    .evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const state = (w: ServiceWorker | null | undefined) => (w ? w.state : 'none');
      return `url ${location.pathname}; installing ${state(registration?.installing)}, waiting ${state(registration?.waiting)}, active ${state(registration?.active)}; prompt: ${document.querySelector('[data-testid="update-prompt"]')?.textContent ?? '(absent)'}`;
    })
    .catch((error: unknown) => `page state unreadable: ${String(error)}`);

describe('a new version deployed while the app is open', () => {
  let nextBuild: string;
  let server: PwaAppServer;
  let tablet: TabletPage;
  let page: Page;
  let trace: string[] = [];
  beforeEach(({ onTestFailed }) =>
    onTestFailed(async () => console.log(`page and service-worker trace:\n${trace.join('\n')}\nat failure:\n${await workerStates(page)}`)),
  );

  beforeAll(async () => {
    nextBuild = await buildAppVersion(NEXT_VERSION);
    server = await startPwaAppServer({ demo: { seekers: 20 } });
    tablet = await openTabletPage();
    ({ page } = tablet);
    trace = await traceServiceWorkers(page);
    await recordSkipWaitingRequests(page);
  }, 180_000);

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
    if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
  });

  it('offers the update with a Japanese prompt once the new build is found', async () => {
    await page.goto(`${server.url}/settings`);
    await signIn(page, 'coordinator');
    await waitForController(page);
    const firstVersion = await page.getByTestId('app-version').textContent();
    expect(firstVersion).not.toBe(NEXT_VERSION);
    await markPage(page);

    server.deploy(nextBuild);
    await checkForUpdate(page);
    const prompt = page.getByTestId('update-prompt');
    await prompt.getByRole('heading', { name: '更新があります' }).waitFor();
    await prompt.getByRole('button', { name: '今すぐ更新' }).waitFor();
    await prompt.getByRole('button', { name: 'あとで' }).waitFor();
    await saveScreenshot(page, 'pwa-update-prompt-landscape');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await stillSamePage(page)).toBe(true);
  });

  it('does not reload by itself while a form is half filled, even after 今すぐ更新', async () => {
    await page.getByRole('link', { name: '求職者' }).click();
    await page.getByRole('link', { name: /新規登録/ }).click();
    await page.getByLabel(/^姓/).fill('途中');
    await page.getByLabel(/^セイ/).fill('とちゅう');

    const prompt = page.getByTestId('update-prompt');
    await prompt.getByText('入力中のフォームがあります').waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await saveScreenshot(page, 'pwa-update-prompt-portrait');
    await page.setViewportSize({ width: 1024, height: 768 });

    await prompt.getByRole('button', { name: '今すぐ更新' }).click();
    await prompt.getByText('保存またはキャンセルすると、自動で更新します').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.waitForTimeout(2_000);
    expect(await stillSamePage(page)).toBe(true);
    expect(await hasWaitingWorker(page)).toBe(true);
    expect(await skipWaitingRequests(page)).toBe(0); // activating would delete the precache under the form
    expect(await page.getByLabel(/^姓/).inputValue()).toBe('途中');
  });

  // The reload waits for the new worker to activate (it deletes the old precache first). Under
  // Playwright the new worker sometimes never acts on SKIP_WAITING (about 1 run in 10 here and in
  // CI): it stays 'installed' and does not even answer an evaluate from the test itself, while the
  // same app in the same browser activates at once in the other runs. So the test checks the app's
  // part directly (it asked the waiting worker to activate once the form was gone, never before),
  // and if the browser has not activated the worker 20 s later, DevTools asks it (logged as such);
  // the reload that follows is still the app's own, on the new worker taking control.
  it('asks the new version to take over once the form is cancelled, then reloads into it', { timeout: 120_000 }, async () => {
    expect(await stillSamePage(page)).toBe(true);
    const reloaded = page.waitForEvent('load', { timeout: 90_000 });
    await page.getByRole('button', { name: 'キャンセル' }).click();
    if ((await Promise.race([reloaded.then(() => 'reloaded' as const), sleep(20_000)])) === 'timeout') {
      expect(await skipWaitingRequests(page)).toBeGreaterThan(0);
      console.warn(`the new worker did not activate 20 s after the app asked; DevTools asks it now.\n${await workerStates(page)}`);
      const devtools = await tablet.context.newCDPSession(page);
      await devtools.send('ServiceWorker.enable');
      await devtools.send('ServiceWorker.skipWaiting', { scopeURL: `${server.url}/` });
      if ((await Promise.race([reloaded.then(() => 'reloaded' as const), sleep(10_000)])) === 'timeout') await devtools.send('ServiceWorker.stopAllWorkers');
    }
    await reloaded;
    expect(await stillSamePage(page)).toBe(false);
    expect(await skipWaitingRequests(page)).toBeGreaterThan(0); // counted in sessionStorage, which the reload keeps
    await (await openAppMenu(page)).getByRole('link', { name: '設定' }).click();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toBe(NEXT_VERSION);
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
  });
});

/**
 * Issue 6, safe updates: a second build is deployed while the app is open. The update prompt
 * (更新があります) appears; with a half-filled form the app never reloads by itself, not even after
 * 今すぐ更新 (it says it waits for the form); once the form is cancelled it reloads into the new
 * version. Screenshots of the prompt in both tablet orientations.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { accessibilityViolations } from './support/accessibility';
import { openTabletPage, type TabletPage } from './support/browser';
import { buildAppVersion, startPwaAppServer, type PwaAppServer } from './support/pwa-app-server';
import { traceServiceWorkers, waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

const NEXT_VERSION = 'e2e-next-build';

/** A marker on `window` disappears with a reload, so its presence proves the page was not reloaded. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { e2eMarker: number }).e2eMarker = 1));
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { e2eMarker?: number }).e2eMarker === 1);
const checkForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
const hasWaitingWorker = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

describe('a new version deployed while the app is open', () => {
  let nextBuild: string;
  let server: PwaAppServer;
  let tablet: TabletPage;
  let page: Page;
  let trace: string[] = [];
  const printTraceOnFailure = () =>
    onTestFailed(async () => {
      const now = await page
        .evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const state = (w: ServiceWorker | null | undefined) => (w ? `${w.state} ${w.scriptURL.split('/').pop()}` : 'none');
          const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '(absent)';
          return [
            `url ${location.pathname}, controller ${state(navigator.serviceWorker.controller)}`,
            `registration: installing ${state(registration?.installing)}, waiting ${state(registration?.waiting)}, active ${state(registration?.active)}`,
            `update prompt: ${text('update-prompt')}`,
            `sync status: ${text('sync-status')}; forms on screen: ${document.querySelectorAll('main form').length}`,
          ].join('\n');
        })
        .catch((error: unknown) => `page state unreadable: ${String(error)}`);
      console.log(`page and service-worker trace:\n${trace.join('\n')}\nat failure:\n${now}`);
    });

  beforeAll(async () => {
    nextBuild = await buildAppVersion(NEXT_VERSION);
    server = await startPwaAppServer({ demo: { seekers: 20 } });
    tablet = await openTabletPage();
    ({ page } = tablet);
    trace = await traceServiceWorkers(page);
  }, 180_000);

  afterAll(async () => {
    await tablet?.close();
    await server?.close();
    if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
  });

  it('offers the update with a Japanese prompt once the new build is found', async () => {
    printTraceOnFailure();
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
    printTraceOnFailure();
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
    expect(await page.getByLabel(/^姓/).inputValue()).toBe('途中');
  });

  // The reload waits for the new worker to activate (it deletes the old precache first). CI once saw
  // the new worker stay waiting after the cancel; the controller now asks it again every 3 s. The
  // timeouts stay wide, and a failure prints the trace and the registration's state.
  it('reloads into the new version once the form is cancelled', { timeout: 120_000 }, async () => {
    printTraceOnFailure();
    expect(await stillSamePage(page)).toBe(true);
    const reloaded = page.waitForEvent('load', { timeout: 90_000 });
    await page.getByRole('button', { name: 'キャンセル' }).click();
    await reloaded;
    expect(await stillSamePage(page)).toBe(false);
    await page.getByRole('link', { name: '設定' }).click();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toBe(NEXT_VERSION);
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
  });
});

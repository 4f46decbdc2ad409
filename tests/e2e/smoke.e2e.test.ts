import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newTabletContext } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { startSyncServer, type SyncServer } from './support/sync-server';

describe('the built app', () => {
  let server: SyncServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startSyncServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens in Japanese with a visible heading or banner and no uncaught errors', async () => {
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(server.url);

    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.getByRole('banner').or(page.locator('h1')).first().waitFor({ state: 'visible' });
    await saveScreenshot(page, 'smoke-home');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('serves the app shell for a deep link (SPA fallback)', async () => {
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/some/deep/link`);

    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await context.close();
  });
});

/**
 * Installability and storage: Chromium's own installability check (via the DevTools
 * protocol) finds nothing to complain about, the manifest parses without errors, the generated
 * service worker caches nothing at run time (in particular not /api/**), and the settings screen
 * shows storage protection and use. Screenshots of the settings screen in both tablet orientations.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppMenu } from './support/app-menu';
import { launchTabletProfile } from './support/browser';
import { startPwaAppServer, type PwaAppServer } from './support/pwa-app-server';
import { waitForController } from './support/pwa-page';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

const distFile = (name: string) => readFileSync(fileURLToPath(new URL(`../../dist/${name}`, import.meta.url)), 'utf8');

describe('the generated service worker', () => {
  const sw = distFile('sw.js');

  it('falls back to the precached index.html for navigations except /api/**', () => {
    expect(sw).toContain('createHandlerBoundToURL("/index.html")');
    expect(sw).toMatch(/denylist:\[\/\^\\\/api\\\/\/\]/);
  });

  it('registers no runtime route at all, so no request to /api/** can be served from a cache', () => {
    expect(sw.match(/registerRoute\(/g) ?? []).toHaveLength(1); // the navigation route only
    expect(sw).not.toMatch(/NetworkFirst|CacheFirst|StaleWhileRevalidate|NetworkOnly/);
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
    expect(precached.length).toBeGreaterThan(5);
    expect(precached.filter((url) => url?.startsWith('api'))).toEqual([]);
  });

  it('claims clients on first install but only skips waiting when the page asks', () => {
    expect(sw).toContain('clientsClaim()');
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  });
});

describe('installability and storage in Chromium', () => {
  let server: PwaAppServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startPwaAppServer({ demo: { seekers: 20 } });
    // A real (non-incognito) profile: Chromium never offers installation in an incognito context.
    profile = mkdtempSync(path.join(tmpdir(), 'field-pwa-profile-'));
    context = await launchTabletProfile(profile, { hasTouch: true });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/seekers`);
    await signIn(page, 'coordinator');
    await waitForController(page);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('passes Chromium installability checks with a valid Japanese manifest', async () => {
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ lang: 'ja', display: 'standalone', theme_color: '#0b5394', short_name: 'トライアルワーク' });
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('serves every icon the manifest names', async () => {
    const statuses = await page.evaluate(async () => {
      const manifest = (await (await fetch('/manifest.webmanifest')).json()) as { icons: Array<{ src: string; purpose?: string }> };
      const apple = document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href') ?? '';
      const urls = [...manifest.icons.map((icon) => icon.src), apple];
      return Promise.all(urls.map(async (url) => `${url} ${(await fetch(url)).status}`));
    });
    expect(statuses.every((line) => line.endsWith(' 200'))).toBe(true);
    expect(statuses.some((line) => line.includes('maskable'))).toBe(true);
  });

  it('shows storage protection, use and the app version in the settings screen', async () => {
    await (await openAppMenu(page)).getByRole('link', { name: '設定' }).click();
    await page.getByRole('heading', { name: '端末の保存領域' }).waitFor();
    await expect.poll(() => page.getByTestId('storage-usage').textContent()).toMatch(/[MG]B \/ .* [MG]B を使用中/);
    expect(await page.getByTestId('storage-persisted').textContent()).toMatch(/^(有効|無効)/);
    expect(await page.getByTestId('app-version').textContent()).not.toBe('');
    await saveScreenshot(page, 'pwa-settings-landscape');
    await page.setViewportSize({ width: 768, height: 1024 });
    await saveScreenshot(page, 'pwa-settings-portrait');
    await page.setViewportSize({ width: 1024, height: 768 });
  });
});

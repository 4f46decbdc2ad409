// Launches the system Chromium (never a downloaded one: CI installs Debian's `chromium`) with
// flags that keep it quiet and deterministic in a container: no sandbox (root in CI), no GPU,
// no background network/update/sync traffic, no QUIC.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface Viewport {
  width: number;
  height: number;
}

/** A fresh profile (own IndexedDB, service workers, storage) sized like the counter's tablet. */
export function newTabletContext(
  browser: Browser,
  viewport: Viewport = { width: 1024, height: 768 },
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    hasTouch: true,
  });
}

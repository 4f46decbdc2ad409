// Launches the system Chromium (never a downloaded one: CI installs Debian's `chromium`) with
// flags that keep it quiet and deterministic in a container: no sandbox (root in CI), no GPU,
// no background network/update/sync traffic, no QUIC. Every page is sized and localised like the
// counter's tablet, whether in a throwaway context or a persistent profile.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

const launchOptions = () => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export interface Viewport {
  width: number;
  height: number;
}

const TABLET_LANDSCAPE: Viewport = { width: 1024, height: 768 };
const JAPAN = { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };

/** A fresh profile (own IndexedDB, service workers, storage) sized like the counter's tablet. */
export function newTabletContext(browser: Browser, viewport: Viewport = TABLET_LANDSCAPE): Promise<BrowserContext> {
  return browser.newContext({ viewport, ...JAPAN, hasTouch: true });
}

/**
 * Chromium on a profile kept in `profileDir`: what survives a browser restart (installability,
 * an offline cold start) needs one, and Chromium never offers installation in an incognito context.
 */
export function launchTabletProfile(profileDir: string, { hasTouch }: { hasTouch: boolean }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...launchOptions(), viewport: TABLET_LANDSCAPE, ...JAPAN, hasTouch });
}

export interface TabletPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page; the suites expect none at the end. */
  errors: string[];
  close: () => Promise<void>;
}

/** A browser with one tablet page, for a suite that drives a single device. */
export async function openTabletPage(viewport?: Viewport): Promise<TabletPage> {
  const browser = await launchBrowser();
  try {
    const context = await newTabletContext(browser, viewport);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const close = async () => {
      await context.close();
      await browser.close();
    };
    return { browser, context, page, errors, close };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// Page-side helpers for the PWA tests: outbox size read straight from IndexedDB (not from the UI),
// and waiting until the service worker controls the page.
import type { Page } from 'playwright-core';

export const outboxCount = (page: Page) =>
  page.evaluate(async () => {
    const open = indexedDB.open('trial-work-field');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = db.transaction('outbox').objectStore('outbox').count();
    const n = await new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
    db.close();
    return n;
  });

/** Resolves once a service worker controls the page (first install: clientsClaim). */
export const waitForController = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return navigator.serviceWorker.controller?.scriptURL ?? null;
  });

/**
 * Records what the page and its service workers do (console lines, worker states, controller
 * changes, navigations, dialogs) with times, so an update test that fails in CI says which step
 * never came. Install before the first navigation: the in-page part runs on every load.
 */
export async function traceServiceWorkers(page: Page): Promise<string[]> {
  const lines: string[] = [];
  const start = Date.now();
  const add = (line: string) => lines.push(`${String(Date.now() - start).padStart(6)} ms  ${line}`);
  page.on('console', (message) => add(`console.${message.type()} ${message.text()}`));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && add(`navigated ${frame.url()}`));
  page.on('load', () => add('load'));
  page.on('dialog', (dialog) => add(`dialog ${dialog.type()}`));
  await page.addInitScript(() => {
    const sw = navigator.serviceWorker;
    if (!sw) return;
    const log = (what: string) => console.info(`[sw] ${what}`);
    const watch = (worker: ServiceWorker | null, role: string) => worker?.addEventListener('statechange', () => log(`${role} worker ${worker.state}`));
    sw.addEventListener('controllerchange', () => log('controllerchange'));
    void sw.ready.then((registration) => {
      watch(registration.waiting, 'waiting');
      registration.addEventListener('updatefound', () => watch(registration.installing, 'new'));
    });
    addEventListener('beforeunload', () => log('beforeunload'));
  });
  return lines;
}

/**
 * Counts the page's SKIP_WAITING messages to a service worker (the app's request that a waiting
 * version take over), in sessionStorage so the count survives the reload that follows.
 */
export async function recordSkipWaitingRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (typeof ServiceWorker === 'undefined') return;
    const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, ...args: unknown[]) => void;
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
      if ((args[0] as { type?: string } | undefined)?.type === 'SKIP_WAITING') {
        sessionStorage.setItem('e2e-skip-waiting', String(Number(sessionStorage.getItem('e2e-skip-waiting') ?? 0) + 1));
      }
      post.apply(this, args);
    };
  });
}

export const skipWaitingRequests = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('e2e-skip-waiting') ?? 0));

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

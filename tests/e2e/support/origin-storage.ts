// What the origin keeps on the device, read from the page itself (hand-over checks, auth-handover.e2e.test.ts): every
// IndexedDB database and store with its records, Web Storage keys, and Cache Storage URLs.
import type { Page } from 'playwright-core';

export type IdbDump = Record<string, Record<string, unknown[]>>;

/** Every record of every store of every IndexedDB database of the page's origin. */
export const dumpIndexedDb = (page: Page): Promise<IdbDump> =>
  page.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const open = indexedDB.open(info.name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const request = db.transaction(name).objectStore(name).getAll();
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      out[info.name] = stores;
    }
    return out;
  });

export const webStorageAndCaches = (page: Page) =>
  page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) cached.push(new URL(request.url).pathname);
    return { local: Object.keys(localStorage), session: Object.keys(sessionStorage), cached };
  });

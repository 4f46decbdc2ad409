/**
 * Reads straight from IndexedDB, for the start of the app while Dexie (~30 KB gzip) is still loading
 * (live-db.ts): an unlock does not wait for it. Only for tables stored in clear (crypto/clear-fields.ts:
 * the meta table), whose stored value is the value Dexie gives. Writes always go through Dexie.
 * - Never creates the database: opened without a version, IndexedDB would create an empty version 1
 *   on a first visit, and Dexie's open would then treat it as an old schema to upgrade. The open is
 *   aborted in `onupgradeneeded` instead (which fires only for a database that does not exist yet).
 * - Never holds the database: the connection closes after its one read, and at once if Dexie asks
 *   for a version change (an upgrade, a sign-out's delete) meanwhile.
 */
import { DB_NAME } from './db-name';

/** The values under `keys` in `store` (undefined for a key not there, or no such database or store). */
export function readBeforeDexie(store: string, keys: readonly string[], name = DB_NAME): Promise<unknown[]> {
  const none = keys.map(() => undefined);
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    // Aborted above: there is no database yet, so nothing is stored.
    open.onerror = (event) => {
      event.preventDefault();
      if (open.error?.name === 'AbortError') resolve(none);
      else reject(open.error ?? new Error('IndexedDB open failed'));
    };
    open.onsuccess = () => {
      const connection = open.result;
      connection.onversionchange = () => connection.close();
      if (!connection.objectStoreNames.contains(store)) {
        connection.close();
        resolve(none);
        return;
      }
      const trans = connection.transaction(store, 'readonly');
      const requests = keys.map((key) => trans.objectStore(store).get(key));
      trans.oncomplete = () => {
        connection.close();
        resolve(requests.map((request) => request.result as unknown));
      };
      trans.onabort = () => {
        connection.close();
        reject(trans.error ?? new Error('IndexedDB read aborted'));
      };
    };
  });
}

/**
 * Awaiting WebCrypto inside an IndexedDB transaction. A transaction commits as soon as none of its
 * requests is pending, and accepts new requests only while one of its request events is being
 * dispatched: a crypto promise resolves in neither. So while the work runs, cheap reads of a key
 * that cannot exist are chained on the transaction, and the caller resumes inside the success event
 * of the first one that sees the work done: the transaction is then active again (the technique of
 * Dexie.waitFor, without its zone bookkeeping, which this level below Dexie's does not need).
 */
export function resumeInTransaction<T>(trans: IDBTransaction, storeName: string, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    work.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    const store = trans.objectStore(storeName);
    const spin = () => {
      const req = store.get(-Infinity);
      req.onsuccess = () => {
        if (!outcome) spin();
        else if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
      };
      req.onerror = () => reject(req.error ?? new Error('keep-alive read failed'));
    };
    spin();
  });
}

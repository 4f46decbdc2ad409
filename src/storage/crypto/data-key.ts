/**
 * The unlocked data key of this device, held in memory only: it encrypts the personal fields at rest.
 * It is set when the app is unlocked (online sign-in, passcode) and cleared when it locks or signs out;
 * on disk it exists only wrapped (src/auth/data-key-wrapping.ts). Listeners are the storage layer's
 * (decrypt caches, the migration): they run synchronously, in the order they subscribed.
 */
let current: CryptoKey | null = null;
const listeners = new Set<(key: CryptoKey | null) => void>();

/** The unlocked data key of this device, held in memory only; null while locked or signed out. */
export function currentDataKey(): CryptoKey | null {
  return current;
}

export function setDataKey(key: CryptoKey | null): void {
  current = key;
  for (const listener of listeners) listener(key);
}

export function onDataKeyChange(listener: (key: CryptoKey | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The unlocked data key of this device (AES-GCM 256), held in memory only. The key management
 * (src/auth/session-store.ts) sets it at unlock and clears it at lock and sign-out; the storage
 * layer's encryption (encryption-middleware.ts) reads it on every sealed read and write.
 */
let key: CryptoKey | null = null;
const listeners = new Set<(key: CryptoKey | null) => void>();

/** The unlocked data key of this device, held in memory only; null while locked or signed out. */
export function currentDataKey(): CryptoKey | null {
  return key;
}

export function setDataKey(next: CryptoKey | null): void {
  key = next;
  listeners.forEach((listener) => listener(next));
}

export function onDataKeyChange(listener: (key: CryptoKey | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

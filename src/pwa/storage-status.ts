/**
 * Persistent storage and how full the device's storage is. `persist()` asks the browser not to evict
 * our IndexedDB under storage pressure (Chromium grants it to installed or often-used apps; Safari
 * does not stop its 7-day deletion, hence the install guidance). The quota is what the browser lets
 * this origin use; we warn at 80 % so a coordinator exports and syncs before a write can fail.
 */
import { useCallback, useEffect, useState } from 'react';

export const NEARLY_FULL_RATIO = 0.8;

export type StorageStatus = {
  /** null: the browser cannot tell (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
};

/** Asks once at start; the browser may decide silently or (Firefox) ask the user. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = navigator.storage;
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return null;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function isNearlyFull({ usage, quota }: Pick<StorageStatus, 'usage' | 'quota'>): boolean {
  return usage !== null && quota !== null && quota > 0 && usage / quota > NEARLY_FULL_RATIO;
}

/** undefined while the first reading is under way; `refresh` re-reads (e.g. after an import). */
export function useStorageStatus(): { status: StorageStatus | undefined; refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  return { status, refresh };
}

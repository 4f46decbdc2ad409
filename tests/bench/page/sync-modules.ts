/**
 * The app's client sync modules, loaded lazily through vite's import.meta.glob so the bench page keeps
 * building while src/sync/{initial-sync,http-transport,pull,push}.ts are still being written.
 * TEMPORARY: once they exist, bench-entry.ts imports them statically (full type checking).
 */
import type { FieldDb } from '../../../src/storage/db';

type Transport = object;
export type SyncModules = {
  runInitialSync(db: FieldDb, transport: Transport, onProgress: (progress: unknown) => void): Promise<unknown>;
  createHttpTransport(options: { baseUrl: string; clientId: string; userId: string }): Transport;
  pullChanges(db: FieldDb, transport: Transport): Promise<unknown>;
  pushOutbox(db: FieldDb, transport: Transport): Promise<unknown>;
};

const loaders = import.meta.glob<Record<string, unknown>>([
  '../../../src/sync/initial-sync.ts',
  '../../../src/sync/http-transport.ts',
  '../../../src/sync/pull.ts',
  '../../../src/sync/push.ts',
]);

const WANTED: Record<keyof SyncModules, string> = {
  runInitialSync: '../../../src/sync/initial-sync.ts',
  createHttpTransport: '../../../src/sync/http-transport.ts',
  pullChanges: '../../../src/sync/pull.ts',
  pushOutbox: '../../../src/sync/push.ts',
};

export async function loadSyncModules(): Promise<{ modules: SyncModules | null; missing: string[] }> {
  const found: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const [name, file] of Object.entries(WANTED)) {
    const load = loaders[file];
    const mod = load ? await load() : undefined;
    if (mod && typeof mod[name] === 'function') found[name] = mod[name];
    else missing.push(`${name} (${file.replace('../../../', '')})`);
  }
  return { modules: missing.length === 0 ? (found as SyncModules) : null, missing };
}

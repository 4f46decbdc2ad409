/**
 * Dexie and the device database with its middlewares (db.ts), loaded once, as one piece, beside the
 * first screen rather than in its JavaScript (`npm run build:report`): the session store and the
 * sync loop take the database from here (device-db.ts), the first screen's live queries too
 * (hooks/use-device-query.ts). The session store asks for it at start, so a screen finds it loaded.
 */
import type * as DbModule from './live-db-module';

export type LiveDb = typeof DbModule;

let loaded: LiveDb | undefined;
let loading: Promise<LiveDb> | undefined;

export function loadLiveDb(): Promise<LiveDb> {
  return (loading ??= import('./live-db-module').then((module) => (loaded = module)));
}

/** The module once loaded, else undefined. */
export function loadedLiveDb(): LiveDb | undefined {
  return loaded;
}

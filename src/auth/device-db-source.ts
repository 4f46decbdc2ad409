/**
 * How the session store, the data key keeper and the sync loop get the device database: the database
 * itself (tests), or a loader (the app, src/auth/use-session.ts), called on first need only, so that
 * Dexie loads after the first screen has painted unless something needs it sooner.
 */
import type { FieldDb } from '../storage/db';

export type DeviceDbSource = FieldDb | (() => Promise<FieldDb>);

/** The database from `source`, loaded once, on the first call. */
export function deviceDbOnce(source: DeviceDbSource): () => Promise<FieldDb> {
  let loaded: Promise<FieldDb> | undefined;
  return () => (loaded ??= typeof source === 'function' ? source() : Promise.resolve(source));
}

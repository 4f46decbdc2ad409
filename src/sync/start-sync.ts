/**
 * Starts the app's sync loop for the signed-in user against the server that served the app (same
 * origin, so `npm start` serves PWA and API on one port, and the session cookie goes along). The
 * server decides the scope from the cookie; `userId` only labels the requests. A new device gets
 * its data from the initial sync; nothing is seeded on the device.
 */
import type { FieldDb } from '../storage/db';
import { createHttpTransport } from './http-transport';
import { getClientId } from './identity';
import { startSyncLoop, type SyncLoop, type SyncLoopOptions } from './sync-engine';

export async function startAppSync(db: FieldDb, userId: string, onAuthFailure: SyncLoopOptions['onAuthFailure']): Promise<SyncLoop> {
  const clientId = await getClientId(db);
  return startSyncLoop({ db, transport: createHttpTransport({ clientId, userId }), ...(onAuthFailure ? { onAuthFailure } : {}) });
}

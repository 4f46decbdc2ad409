/**
 * Starts the app's sync loop against the server that served the app (same origin, so `npm start`
 * serves PWA and API on one port). A new device gets its data, demo data included, from the
 * initial sync; nothing is seeded on the device any more.
 */
import type { FieldDb } from '../storage/db';
import { createHttpTransport } from './http-transport';
import { currentUserId, getClientId } from './identity';
import { startSyncLoop, type SyncLoop } from './sync-engine';

export async function startAppSync(db: FieldDb): Promise<SyncLoop> {
  const clientId = await getClientId(db);
  return startSyncLoop({ db, transport: createHttpTransport({ clientId, userId: currentUserId() }) });
}

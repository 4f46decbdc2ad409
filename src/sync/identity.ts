/**
 * The device's id (`clientId`): random, made once and kept in the meta table so the server can tell
 * devices apart and bind a session to one device (auth-protocol.ts). It survives a sign-out (the
 * wipe writes it back: an admin revokes devices by this id); a revoked device forgets it. Who the
 * user is comes from the session (src/auth), never from here.
 */
import type { FieldDb } from '../storage/db';
import { getOrCreateClientId } from '../storage/sync-repo';

export function getClientId(db: FieldDb): Promise<string> {
  return getOrCreateClientId(db, () => `device-${crypto.randomUUID()}`);
}

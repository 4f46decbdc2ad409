/**
 * Who is syncing: the device (`clientId`, random, made once and kept in the meta table so the server
 * can tell devices apart) and the user. Until sign-in lands every device works as one demo
 * coordinator; the auth issue replaces `currentUserId` only.
 */
import type { FieldDb } from '../storage/db';
import { getOrCreateClientId } from '../storage/sync-repo';

export function getClientId(db: FieldDb): Promise<string> {
  return getOrCreateClientId(db, () => `device-${crypto.randomUUID()}`);
}

export function currentUserId(): string {
  return 'demo-coordinator';
}

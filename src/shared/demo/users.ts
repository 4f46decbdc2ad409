/**
 * The demo's staff accounts as records point at them. The sync server creates the demo users with
 * these ids (sync-server/src/services/bootstrap-users.ts), so a company "in charge of" the demo
 * coordinator is on that account's day list; derived from the login id, they are the same on every seed.
 */
import { derivedId } from '../ids';
import type { Rng } from './rng';

export const demoUserId = (loginId: string) => derivedId('demo-user', loginId);

export const DEMO_COORDINATOR_USER_ID = demoUserId('coordinator');
export const DEMO_ADMIN_USER_ID = demoUserId('admin');

/**
 * 担当コーディネーター of a company: mostly the demo coordinator, some the admin (who also goes out),
 * some nobody yet, so the day list shows both "mine" and "unassigned" items and leaves out a colleague's.
 */
export function pickCoordinator(rng: Rng): string {
  return rng.weighted([
    [DEMO_COORDINATOR_USER_ID, 75],
    [DEMO_ADMIN_USER_ID, 10],
    ['', 15],
  ] as const);
}

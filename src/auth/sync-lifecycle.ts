/**
 * Runs the sync loop exactly while a user is signed in and the server still accepts the session:
 * sign-in or unlock starts it, lock / sign-out / 401 stops it. A 401 pauses sync (local
 * data and the outbox stay) until the user signs in again; a 403 device-revoked wipes the device.
 * The engine is imported lazily, once the browser is idle: it brings zod and the schemas, which the
 * first paint does not need.
 */
import { whenIdle } from '../lib/when-idle';
import type { SyncLoop } from '../sync/sync-engine';
import { deviceDbOnce, type DeviceDbSource } from './device-db-source';
import type { SessionState, SessionStore } from './session-store';

export type SyncLifecycle = { stop(): Promise<void>; dispose(): void };

export function connectSync(store: Pick<SessionStore, 'subscribe' | 'getState' | 'markReauthRequired' | 'handleDeviceRevoked'>, db: DeviceDbSource): SyncLifecycle {
  const device = deviceDbOnce(db);
  let runningFor: string | undefined;
  let loop: Promise<SyncLoop | undefined> = Promise.resolve(undefined);

  const stop = async () => {
    runningFor = undefined;
    const current = loop;
    loop = Promise.resolve(undefined);
    (await current)?.stop();
  };

  const onAuthFailure = (code: 'unauthenticated' | 'device-revoked') => {
    void (code === 'unauthenticated' ? store.markReauthRequired() : store.handleDeviceRevoked());
  };

  const follow = (state: SessionState) => {
    const userId = state.status === 'signed-in' && !state.reauthRequired ? state.user?.userId : undefined;
    if (userId === runningFor) return;
    void stop();
    if (!userId) return;
    runningFor = userId;
    loop = whenIdle()
      // Signed out or another user while waiting: this loop is no longer wanted.
      .then(() => (runningFor === userId ? import('../sync/start-sync') : undefined))
      .then(async (engine) => engine?.startAppSync(await device(), userId, onAuthFailure))
      .catch((error: unknown) => {
        console.error('sync could not start', error);
        return undefined;
      });
  };

  const unsubscribe = store.subscribe(follow);
  follow(store.getState());
  return { stop, dispose: unsubscribe };
}

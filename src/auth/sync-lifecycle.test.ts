import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldDb } from '../storage/db';
import type { SessionState } from './session-store';
import { connectSync } from './sync-lifecycle';

const started: { userId: string; stop: ReturnType<typeof vi.fn> }[] = [];
vi.mock('../sync/start-sync', () => ({
  startAppSync: async (_db: FieldDb, userId: string) => {
    const loop = { userId, stop: vi.fn(), requestSync: async () => {} };
    started.push(loop);
    return loop;
  },
}));

const user = (userId: string) => ({ userId, loginId: userId, displayName: userId, role: 'coordinator' as const, schoolId: null });

function fakeStore(initial: SessionState) {
  let state = initial;
  const listeners = new Set<(s: SessionState) => void>();
  return {
    getState: () => state,
    subscribe: (l: (s: SessionState) => void) => (listeners.add(l), () => listeners.delete(l)),
    markReauthRequired: async () => {},
    handleDeviceRevoked: async () => {},
    set(next: SessionState) {
      state = next;
      listeners.forEach((l) => l(state));
    },
  };
}

const db = {} as FieldDb;
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

afterEach(() => {
  started.splice(0);
});

describe('the sync loop follows the session', () => {
  it('starts once the browser is idle after unlocking, not while the first screen draws', async () => {
    const store = fakeStore({ status: 'locked', ready: true, user: user('u1') });
    const lifecycle = connectSync(store, db);
    store.set({ status: 'signed-in', ready: true, user: user('u1') });
    expect(started).toEqual([]);
    await settle();
    expect(started.map((l) => l.userId)).toEqual(['u1']);
    await lifecycle.stop();
    expect(started[0]!.stop).toHaveBeenCalledTimes(1);
    lifecycle.dispose();
  });

  it('never starts for a session that ended while it waited, and runs for the next user only', async () => {
    const store = fakeStore({ status: 'signed-in', ready: true, user: user('u1') });
    const lifecycle = connectSync(store, db);
    store.set({ status: 'signed-out', ready: true });
    store.set({ status: 'signed-in', ready: true, user: user('u2') });
    await settle();
    expect(started.map((l) => l.userId)).toEqual(['u2']);
    lifecycle.dispose();
  });

  it('pauses while the server wants a new sign-in', async () => {
    const store = fakeStore({ status: 'signed-in', ready: true, user: user('u1'), reauthRequired: true });
    const lifecycle = connectSync(store, db);
    await settle();
    expect(started).toEqual([]);
    lifecycle.dispose();
  });
});

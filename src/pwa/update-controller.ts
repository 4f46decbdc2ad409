/**
 * When may the page reload into a new version? Only after the user said yes ("今すぐ更新"), and
 * never while a form holds unsaved input or the outbox is being pushed: a reload then would drop
 * typed input or cut a push short. If the user agrees while blocked,
 * the controller waits and goes ahead as soon as the blocker clears.
 *
 * The new service worker is told to skip waiting only when it is safe to reload straight after:
 * once it activates it deletes the old precache, and an old page left running could no longer load
 * its lazy screens offline. Plain state + callbacks (no React, no Workbox) so it is unit-tested.
 *
 * A worker told to skip waiting does not always activate: others report that Chromium drops the
 * activation when a request reaches the outgoing worker at that moment, leaving the new one waiting
 * with no event to say so, and that asking again recovers it. So the request is repeated, while
 * still safe, until the new version takes control; asking an activating worker again is harmless.
 * (The worker our e2e test saw stuck under Playwright answered nothing at all; see that test.)
 */
export type UpdateBlocker = 'unsaved' | 'pushing';

export type UpdateState = {
  /** A new version is installed and waiting. */
  available: boolean;
  /** The user pressed 今すぐ更新 (the update runs once nothing blocks it). */
  agreed: boolean;
  /** The user pressed あとで: the prompt hides until the next start or the settings screen. */
  postponed: boolean;
  blocker: UpdateBlocker | null;
};

export type UpdateControllerDeps = {
  currentBlocker: () => UpdateBlocker | null;
  subscribeBlockers: (listener: () => void) => () => void;
  reload: () => void;
  /** How long to wait for the new version to take control before asking it again. */
  activateRetryMs?: number;
};

export type UpdateController = ReturnType<typeof createUpdateController>;

export function createUpdateController({ currentBlocker, subscribeBlockers, reload, activateRetryMs = 3_000 }: UpdateControllerDeps) {
  let state: UpdateState = { available: false, agreed: false, postponed: false, blocker: currentBlocker() };
  let skipWaiting: (() => void) | null = null;
  let pending: (() => void) | null = null;
  let stopWatching: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const set = (patch: Partial<UpdateState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  // Blockers are watched only while something waits on them (or someone is looking at the state).
  const onBlockersChanged = () => {
    const blocker = currentBlocker();
    if (blocker !== state.blocker) set({ blocker });
    if (blocker === null && pending) {
      const run = pending;
      pending = null;
      run();
    }
  };
  const watch = () => {
    stopWatching ??= subscribeBlockers(onBlockersChanged);
  };

  /** Runs `action` now if nothing blocks, else the moment the last blocker clears. */
  const whenSafe = (action: () => void) => {
    watch();
    pending = action;
    onBlockersChanged();
  };

  /** Asks the waiting version to activate, and again every `activateRetryMs` until it controls. */
  const activateWhenSafe = () =>
    whenSafe(() => {
      skipWaiting?.();
      clearTimeout(retryTimer);
      retryTimer = setTimeout(activateWhenSafe, activateRetryMs);
    });

  return {
    getState: (): UpdateState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      watch();
      onBlockersChanged();
      return () => listeners.delete(listener);
    },
    /** A new version is waiting; `activate` asks it to take over (Workbox messageSkipWaiting). */
    updateWaiting(activate: () => void) {
      skipWaiting = activate;
      set({ available: true, postponed: false });
    },
    agree() {
      set({ agreed: true, postponed: false });
      activateWhenSafe();
    },
    postpone() {
      set({ postponed: true });
    },
    /**
     * A new service worker controls the page. `isUpdate`: the page had a controller when it started
     * (false on the very first install, which must not reload). Another tab may have agreed; this tab
     * still reloads only when its own forms and pushes allow it.
     */
    newVersionControls(isUpdate: boolean) {
      clearTimeout(retryTimer);
      if (!isUpdate && !state.available) return;
      whenSafe(reload);
    },
  };
}

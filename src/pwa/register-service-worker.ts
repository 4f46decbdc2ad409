/**
 * Registers the Workbox service worker that precaches the app shell, so the app starts with no network.
 * `registerType: 'prompt'` in vite.config.ts: a new version waits until the user agrees to reload
 * (update-controller.ts decides when). The first install still takes control at once (clientsClaim),
 * so the app works offline from the first visit.
 *
 * Browsers only look for a new sw.js on navigation; a tablet that stays open all day would keep an old
 * version for days, so we also check every hour and whenever the app comes back
 * to the foreground. workbox-window is imported lazily: registration can wait for the first paint.
 */
import type { Workbox } from 'workbox-window';
import { currentBlocker, subscribeBlockers } from './update-blockers';
import { createUpdateController } from './update-controller';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export const updateController = createUpdateController({
  currentBlocker,
  subscribeBlockers,
  reload: () => window.location.reload(),
});

export async function registerServiceWorker(): Promise<Workbox | null> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  // Fires for a version found while the app runs and for one left waiting by an earlier visit.
  wb.addEventListener('waiting', () => updateController.updateWaiting(() => wb.messageSkipWaiting()));
  wb.addEventListener('controlling', (event) => updateController.newVersionControls(Boolean(event.isUpdate)));
  void wb.register().catch((error: unknown) => console.error('service worker registration failed', error));

  const check = () => {
    if (navigator.onLine) void wb.update().catch(() => undefined);
  };
  window.setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  return wb;
}

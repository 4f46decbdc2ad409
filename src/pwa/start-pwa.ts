/**
 * Everything the installable-app side needs at start-up, in one call from main.tsx: the install
 * prompt (whose event fires once, early) at once; the service worker and persistent storage once the
 * first screen is shown and the browser is idle, so that the worker's precache (every chunk of the
 * app) does not share a slow first-visit link with the first screen's own code.
 */
import { whenIdle } from '../lib/when-idle';
import { listenForInstallPrompt } from './install-prompt';
import { registerServiceWorker } from './register-service-worker';
import { requestPersistentStorage } from './storage-status';

export function startPwa(firstScreenShown: Promise<unknown>): void {
  listenForInstallPrompt();
  void firstScreenShown
    .then(() => whenIdle())
    .then(() => {
      void requestPersistentStorage();
      return registerServiceWorker();
    })
    .catch((error: unknown) => console.error('service worker registration failed', error));
}

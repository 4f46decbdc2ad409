/**
 * Everything the installable-app side needs at start-up, in one call from main.tsx: the service
 * worker, persistent storage and the install prompt (whose event fires once, early).
 */
import { listenForInstallPrompt } from './install-prompt';
import { registerServiceWorker } from './register-service-worker';
import { requestPersistentStorage } from './storage-status';

export function startPwa(): void {
  listenForInstallPrompt();
  void requestPersistentStorage();
  registerServiceWorker().catch((error: unknown) => console.error('service worker registration failed', error));
}

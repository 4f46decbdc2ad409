/**
 * Registers the Workbox service worker that precaches the app shell, so the app starts with no network.
 * `registerType: 'prompt'` in vite.config.ts: a new version waits until the user agrees to reload.
 */
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): Workbox | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const wb = new Workbox('/sw.js', { scope: '/' });
  void wb.register();
  return wb;
}

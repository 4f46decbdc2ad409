/**
 * Installing the app to the home screen is what keeps Safari from deleting its data after days without
 * use, so we make it easy: Chromium's `beforeinstallprompt` is kept for an install
 * button, and iPad/iPhone Safari (which has no such event) gets written steps instead.
 * `listenForInstallPrompt()` must run at start-up: the event fires once, early, and is gone otherwise.
 */
import { useSyncExternalStore } from 'react';

/** Chromium only; not in TypeScript's DOM library. */
type BeforeInstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

/** Kept under its first name: a device that closed the old banner is not shown the hint again. */
const SHOWN_KEY = 'field.installGuidanceDismissed';

let deferred: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // we show our own button instead of the browser's mini-infobar
    deferred = event as BeforeInstallPromptEvent;
    notify();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    notify();
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while Chromium offers installation (not yet installed, criteria met). */
export function useCanInstall(): boolean {
  return useSyncExternalStore(subscribe, () => deferred !== null, () => false);
}

/** Shows the browser's install dialog; the event can be used once. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  deferred = null;
  notify();
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}

/** iPadOS reports itself as a Mac; touch points give it away. */
export function isIosSafari(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator): boolean {
  const ua = nav.userAgent;
  const ios = /iPad|iPhone|iPod/u.test(ua) || (/Macintosh/u.test(ua) && nav.maxTouchPoints > 1);
  // Chrome, Firefox and Edge on iOS cannot add to the home screen the same way (and say so in the UA).
  return ios && /Safari/u.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS/u.test(ua);
}

export function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** The install hint is shown once per device (install-hint.tsx). */
export function isInstallHintShown(): boolean {
  return localStorage.getItem(SHOWN_KEY) === '1';
}

export function markInstallHintShown(): void {
  localStorage.setItem(SHOWN_KEY, '1');
}

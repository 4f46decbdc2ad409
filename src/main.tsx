import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root';
import { sessionStore, startSession } from './auth/use-session';
import { PasscodeLockScreen } from './features/auth/components/auth-screens';
import { SignInScreen } from './features/auth/components/lazy-sign-in-screen';
import './app/styles.css';
import './app/auth.css';
import './app/print.css';

// Reads who is signed in on this device; the gate shows sign-in / passcode / the app accordingly.
// Sync runs only while someone is signed in (auth/sync-lifecycle.ts); records arrive through it
// and live queries show them as they are written. The engine is loaded after the first paint: it
// brings zod and the schemas (first-screen JS budget, `npm run build:report`).
// Its first, synchronous step makes the session "locked" when the lock hint is live, before the first render.
const sessionRead = startSession().catch((error: unknown) => console.error('session could not start', error));
// The screen a cold start will most likely show loads while the session is read: the passcode screen
// when the lock hint is live, else the sign-in screen (a first visit, `npm run bench:lcp`).
const firstScreen = (sessionStore.hintedLocked() ? PasscodeLockScreen : SignInScreen).preload().catch(() => {});

const root = document.getElementById('root')!;
const render = () => {
  delete root.dataset['firstScreen'];
  root.replaceChildren();
  createRoot(root).render(<AppRoot />);
};
// index.html has painted the first screen already (its first layout, with the Japanese fonts' first
// use, done while this script loaded): the passcode screen when the lock hint is live, else the sign-in
// screen. React adopts those nodes as they are, focus and typed text included, once the screen's code
// is there, rendering the session as it was then ("locked", who by not known yet; or signed out;
// use-session.ts) and the session as read right after.
const painted = { passcode: { screen: PasscodeLockScreen, status: 'locked' }, 'sign-in': { screen: SignInScreen, status: 'signed-out' } } as const;
const paintedScreen = painted[root.dataset['firstScreen'] as keyof typeof painted] as (typeof painted)[keyof typeof painted] | undefined;
if (paintedScreen && sessionStore.getState().status === paintedScreen.status) {
  // index.html holds a submit made before the app runs; once hydrated, the app sends it.
  const sendHeldSubmit = () => {
    if (root.dataset['heldSubmit'] === undefined) return;
    delete root.dataset['heldSubmit'];
    root.querySelector('form')?.requestSubmit();
  };
  paintedScreen.screen.preload().then(() => {
    // From hydrateRoot on, React handles a submit itself (a discrete event hydrates the form at once):
    // index.html stops holding, or one tap would be sent twice (two wrong passcode attempts counted).
    delete root.dataset['firstScreen'];
    hydrateRoot(root, <AppRoot onCommitted={sendHeldSubmit} />);
  }, render);
} else render();

// Service worker, persistent storage, install prompt: off the critical path. The worker's precache
// downloads every chunk, which on a first visit over a slow link would compete with the first screen's.
void import('./pwa/start-pwa').then(({ startPwa }) => startPwa(Promise.all([firstScreen, sessionRead])));

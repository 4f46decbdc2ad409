import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { AppRouter } from './app/router';
import { startSession } from './auth/use-session';
import { PasscodeLockScreen } from './features/auth/components/auth-screens';
import './app/styles.css';
import './app/auth.css';
import './app/print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);

// Reads who is signed in on this device; the gate shows sign-in / passcode / the app accordingly.
// Sync runs only while someone is signed in (auth/sync-lifecycle.ts); records arrive through it
// and live queries show them as they are written. The engine is loaded after the first paint: it
// brings zod and the schemas (first-screen JS budget ≤ 150 KB gzip, `npm run build:report`).
// A cold start usually finds the device locked: its screen's code loads while the session is read.
void PasscodeLockScreen.preload().catch(() => {});
void startSession().catch((error: unknown) => console.error('session could not start', error));
// Service worker, persistent storage, install prompt: right after the first render, off the critical path.
void import('./pwa/start-pwa').then(({ startPwa }) => startPwa());

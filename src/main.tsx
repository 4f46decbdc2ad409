import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/providers';
import { AppRouter } from './app/router';
import { startPwa } from './pwa/start-pwa';
import { db } from './storage/db';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
);

// Records arrive through sync (a new device's first sync brings the demo data); live queries show
// them as they are written, so the first paint does not wait.
// Loaded after the first paint: the sync engine brings zod and the schemas, which the first screen
// does not need (issue 6 budget: first-screen JS ≤ 150 KB gzip).
void import('./sync/start-sync').then(({ startAppSync }) => startAppSync(db)).catch((error: unknown) => console.error('sync could not start', error));
startPwa();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/providers';
import { router } from './app/router';
import { registerServiceWorker } from './pwa/register-service-worker';
import { db } from './storage/db';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

// Live queries show the demo records as soon as they are written; the first paint does not wait.
void import('./storage/demo-seed')
  .then(({ ensureDemoData }) => ensureDemoData(db))
  .catch((error: unknown) => console.error('demo data could not be loaded', error));
void navigator.storage?.persist?.();
registerServiceWorker();

/** The whole app as main.tsx renders (or hydrates) it; also rendered to markup by first-screen-shell.test.tsx. */
import { StrictMode } from 'react';
import { AppProviders } from './providers';
import { AppRouter } from './router';

export function AppRoot() {
  return (
    <StrictMode>
      <AppProviders>
        <AppRouter />
      </AppProviders>
    </StrictMode>
  );
}

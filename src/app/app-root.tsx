/** The whole app as main.tsx renders (or hydrates) it; also rendered to markup by first-screen-shell.test.tsx. */
import { StrictMode, useEffect } from 'react';
import { AppProviders } from './providers';
import { AppRouter } from './router';

/** `onCommitted`: once the first render is in the page and handles events (after a hydration, main.tsx). */
export function AppRoot({ onCommitted }: { onCommitted?: () => void }) {
  return (
    <StrictMode>
      <AppProviders>
        <AppRouter />
        <Committed onCommitted={onCommitted} />
      </AppProviders>
    </StrictMode>
  );
}

function Committed({ onCommitted }: { onCommitted?: (() => void) | undefined }) {
  useEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}

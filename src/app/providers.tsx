import type { ReactNode } from 'react';
import { I18nProvider } from '../lib/i18n/i18n';
import { AppErrorBoundary } from './app-error-boundary';

/** react-query is provided per screen (lib/with-query-client.tsx), not here: the lists do without it. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <AppErrorBoundary>{children}</AppErrorBoundary>
    </I18nProvider>
  );
}

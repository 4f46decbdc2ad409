import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '../lib/i18n/i18n';
import { queryClient } from '../lib/query-client';
import { AppErrorBoundary } from './app-error-boundary';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AppErrorBoundary>{children}</AppErrorBoundary>
      </I18nProvider>
    </QueryClientProvider>
  );
}

/**
 * Wraps a screen that runs react-query mutations or queries (editors, detail screens, settings,
 * admin) in the app's one QueryClient. Only those screens load react-query: the lists and the
 * passcode screen do without it (first-screen JS budget, `npm run build:report`), so it is provided per
 * screen, from the screen loader in app/router.tsx, instead of around the whole app.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { queryClient } from './query-client';

export function withQueryClient<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function WithQueryClient(props: P) {
    return (
      <QueryClientProvider client={queryClient}>
        <Screen {...props} />
      </QueryClientProvider>
    );
  };
}

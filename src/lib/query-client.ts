/**
 * Reads come from Dexie live queries (the device database is the truth and updates every tab);
 * react-query runs the writes, so each one has a key, a pending state and one error path.
 * Writes are local and never need the network, hence networkMode 'always'.
 */
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: 'always', staleTime: Infinity, retry: false },
    mutations: { networkMode: 'always', retry: false },
  },
});

'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** Client-side context for the whole app: one TanStack Query cache per browser tab. */
export function Providers({ children }: { children: ReactNode }) {
  // Created in state, not at module level, so server renders never share a cache between requests.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // Catalog data changes only with a deploy: no refetch on every focus.
        defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: 1 } },
      }),
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

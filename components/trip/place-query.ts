import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { localizedText } from '@/lib/data/schema';
import { ApiError, apiJson } from '@/lib/http/api-client';

const placeAnswer = z.object({
  place: z.object({ id: z.string(), name: localizedText }),
  destination: z.string(),
});
export type PlaceAnswer = z.infer<typeof placeAnswer>;

async function fetchPlace(id: string): Promise<PlaceAnswer | null> {
  try {
    return await apiJson(`/api/places/${encodeURIComponent(id)}`, undefined, placeAnswer);
  } catch (error) {
    // A place removed from the catalog since it was saved: show nothing for it rather than an error.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * One place from /api/places/{id}, cached by TanStack Query under ['place', id]: the must-see
 * summary and the planner form share the entries (catalog data only changes with a deploy).
 */
export function placeQuery(id: string) {
  return queryOptions({ queryKey: ['place', id], queryFn: () => fetchPlace(id), staleTime: Infinity });
}

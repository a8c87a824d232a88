import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { localizedText } from '@/lib/data/schema';

const placeAnswer = z.object({
  place: z.object({ id: z.string(), name: localizedText }),
  destination: z.string(),
});
export type PlaceAnswer = z.infer<typeof placeAnswer>;

async function fetchPlace(id: string): Promise<PlaceAnswer | null> {
  const response = await fetch(`/api/places/${encodeURIComponent(id)}`);
  // A place removed from the catalog since it was saved: show nothing for it rather than an error.
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET /api/places/${id} answered ${response.status}`);
  return placeAnswer.parse(await response.json());
}

/**
 * One place from /api/places/{id}, cached by TanStack Query under ['place', id]: the must-see
 * summary and the planner form share the entries (catalog data only changes with a deploy).
 */
export function placeQuery(id: string) {
  return queryOptions({ queryKey: ['place', id], queryFn: () => fetchPlace(id), staleTime: Infinity });
}

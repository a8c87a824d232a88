/**
 * A believability rule: a named invariant over a planned itinerary that a good local guide would
 * insist on. `violations` lists what breaks the rule, one readable line each ("day 3 siem-reap-pub-street
 * 20:00–22:00"), so a failing property run shows the offending items, not just `false`.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Itinerary } from '@/lib/planner/itinerary';
import type { PlanRequest } from '@/lib/planner/request';

export interface BelievabilityRule {
  /** Kebab-case, as in the list ("families-no-nightlife"). */
  name: string;
  violations(itinerary: Itinerary, request: PlanRequest, catalog: Catalog): string[];
}

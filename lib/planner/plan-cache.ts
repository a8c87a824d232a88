/**
 * The last few plans, by request. Planning is deterministic for a request and a catalog, and the same
 * request often comes twice in a row: /plan plans it from the URL, then "Save & share" on that page
 * sends it to POST /api/plans, which plans it again rather than trust the browser's copy. A 10-day
 * three-destination plan takes about 55-80 ms warm on 2 cores (npm run bench:planner), a hit well
 * under a millisecond. The returned itinerary is language-neutral and shared between callers, so it
 * is frozen; each caller adds its own words. A plan still being made is shared too: the second of two
 * equal requests waits for the first's plan instead of planning it again; a failed plan is not kept.
 *
 * Next.js bundles route handlers and pages separately, each with its own copy of this module (and of
 * the catalog), so the plans are kept process-wide on `globalThis`, keyed by the catalog's content.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Itinerary } from './itinerary';
import { planTrip } from './plan-trip';
import type { PlanRequest } from './request';

/** How a missing plan is made: on this thread by default, or by the app's worker pool (lib/planner-pool). */
export type PlanFn = (request: PlanRequest) => Promise<Itinerary>;

/** About 100 KB each: a few MB at most. */
const LIMIT = 32;
const STORE = Symbol.for('bridgeway.recentPlans');

function recentPlans(): Map<string, Promise<Itinerary>> {
  const global = globalThis as typeof globalThis & { [STORE]?: Map<string, Promise<Itinerary>> };
  return (global[STORE] ??= new Map());
}

/** FNV-1a over the catalog's data: equal catalogs loaded by different bundles share their plans. */
const fingerprints = new WeakMap<Catalog, string>();
function fingerprint(catalog: Catalog): string {
  let known = fingerprints.get(catalog);
  if (known === undefined) {
    const text = JSON.stringify([catalog.destinations, catalog.hubs, catalog.links, catalog.rates]);
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    known = `${(hash >>> 0).toString(16)}:${text.length}`;
    fingerprints.set(catalog, known);
  }
  return known;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The plan for `request` with `catalog`, answered from the recent plans when the same (parsed) request
 * comes again. `plan` must plan with an equal catalog (the worker pool's threads load the same data/).
 */
export function planTripCached(request: PlanRequest, catalog: Catalog, plan: PlanFn = async (r) => planTrip(r, catalog)): Promise<Itinerary> {
  const plans = recentPlans();
  // zod writes parsed objects in schema order, so equal requests give equal keys.
  const key = `${fingerprint(catalog)}|${JSON.stringify(request)}`;
  const hit = plans.get(key);
  if (hit) {
    // Most recently used last: the first key is the one to evict.
    plans.delete(key);
    plans.set(key, hit);
    return hit;
  }
  const planned = plan(request).then(deepFreeze);
  plans.set(key, planned);
  planned.catch(() => {
    if (plans.get(key) === planned) plans.delete(key);
  });
  if (plans.size > LIMIT) plans.delete(plans.keys().next().value as string);
  return planned;
}

/**
 * Shapes the saved-plan UI shares between server pages and client components: the plan as the API
 * answers it (`planJson` in app/api/plans/_lib), and the page data the server prepares for it.
 */
import type { TripDestination, UsdRates, VisitPlaceInfo } from '@/components/itinerary/itinerary-types';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { EditEffects } from '@/lib/plans/edit-effects';
import type { PlanRequest } from '@/lib/planner/request';

/** `GET /api/plans/{id}` and every successful edit answer this. */
export interface SavedPlanJson {
  id: string;
  revision: number;
  change: string;
  /** What this revision's edit did, day by day; null for a plan as first saved. */
  effects: EditEffects | null;
  createdAt: string;
  updatedAt: string;
  viewUrl: string;
  request: PlanRequest;
  itinerary: LocalizedItinerary;
}

/** A place that could be added to the plan, named in the page language. */
export interface AddablePlace {
  id: string;
  name: string;
  destination: string;
}

/** Everything a saved plan's page renders, already in the page's language. */
export interface SavedPlanPageData {
  id: string;
  revision: number;
  updatedAt: string;
  itinerary: LocalizedItinerary;
  places: Record<string, VisitPlaceInfo>;
  destinations: TripDestination[];
  rates: UsdRates;
}

/** The part of a plan "My plans" keeps, so the list needs no request per plan. */
export interface PlanMeta {
  id: string;
  title: string;
  startDate: string;
  days: number;
}

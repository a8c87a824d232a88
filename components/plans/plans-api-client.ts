/**
 * The browser's calls to /api/plans. Refusals are ApiErrors (lib/http/api-client), so the UI can tell
 * a stale edit (409, with the current revision) from an edit the planner cannot keep (400).
 */
import { apiJson } from '@/lib/http/api-client';
import type { EditEffects } from '@/lib/plans/edit-effects';
import type { PlanEdit } from '@/lib/plans/edits';
import type { Locale } from '@/lib/i18n/locale';
import type { PlanRequestInput } from '@/lib/planner/request';
import type { SavedPlanJson } from './plan-types';

export interface CreatedPlan {
  id: string;
  editToken: string;
  viewUrl: string;
  editUrl: string;
  revision: number;
  plan: SavedPlanJson;
}

/** The answer of POST /api/plans/{id}/token: the plan's new edit token and edit link. */
export interface RotatedToken {
  editToken: string;
  editUrl: string;
}

export interface RevisionSummary {
  revision: number;
  change: string;
  /** What the revision's edit did, day by day (null for the first revision and older ones). */
  effects: EditEffects | null;
  createdAt: string;
  pruned: boolean;
}

const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;
/** Answers that carry an itinerary get its words in the page's language. */
const inLocale = (path: string, locale: Locale) => `${path}?locale=${locale}`;

export const plansApi = {
  create: (request: PlanRequestInput, locale: Locale) => apiJson<CreatedPlan>(inLocale('/api/plans', locale), { method: 'POST', json: { request } }),
  openSession: (id: string, token: string) => apiJson<void>(`${planPath(id)}/session`, { method: 'POST', json: { token } }),
  closeSession: (id: string) => apiJson<void>(`${planPath(id)}/session`, { method: 'DELETE' }),
  /** Replaces the edit token (authorised by this browser's edit cookie); every older edit link stops working. */
  rotateToken: (id: string) => apiJson<RotatedToken>(`${planPath(id)}/token`, { method: 'POST' }),
  edit: (id: string, edit: PlanEdit, locale: Locale) => apiJson<SavedPlanJson>(inLocale(planPath(id), locale), { method: 'PATCH', json: edit }),
  revisions: (id: string) => apiJson<{ id: string; revision: number; revisions: RevisionSummary[] }>(`${planPath(id)}/revisions`),
  restore: (id: string, revision: number, baseRevision: number, locale: Locale) =>
    apiJson<SavedPlanJson>(inLocale(`${planPath(id)}/revisions/${revision}/restore`, locale), { method: 'POST', json: { baseRevision } }),
};

/** The edit token in an edit link's fragment (#token=…), if any. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : undefined;
}

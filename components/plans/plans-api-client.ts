/**
 * The browser's calls to /api/plans. Refusals are ApiErrors (lib/http/api-client), so the UI can tell
 * a stale edit (409, with the current revision) from an edit the planner cannot keep (400).
 */
import { apiJson } from '@/lib/http/api-client';
import type { PlanEdit } from '@/lib/plans/edits';
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

export interface RevisionSummary {
  revision: number;
  change: string;
  createdAt: string;
}

const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

export const plansApi = {
  create: (request: PlanRequestInput) => apiJson<CreatedPlan>('/api/plans', { method: 'POST', json: { request } }),
  openSession: (id: string, token: string) => apiJson<void>(`${planPath(id)}/session`, { method: 'POST', json: { token } }),
  closeSession: (id: string) => apiJson<void>(`${planPath(id)}/session`, { method: 'DELETE' }),
  edit: (id: string, edit: PlanEdit) => apiJson<SavedPlanJson>(planPath(id), { method: 'PATCH', json: edit }),
  revisions: (id: string) => apiJson<{ id: string; revision: number; revisions: RevisionSummary[] }>(`${planPath(id)}/revisions`),
  restore: (id: string, revision: number, baseRevision: number) =>
    apiJson<SavedPlanJson>(`${planPath(id)}/revisions/${revision}/restore`, { method: 'POST', json: { baseRevision } }),
};

/** The edit token in an edit link's fragment (#token=…), if any. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : undefined;
}

/**
 * The browser's calls to /api/plans. Errors keep the API's status, message and details, so the UI can
 * tell a stale edit (409, with the current revision) from an edit the planner cannot keep (400).
 */
import type { PlanEdit } from '@/lib/plans/edits';
import type { Locale, PlanRequestInput } from '@/lib/planner/request';
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

/** An error answer of the plans API. */
export class PlanApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'PlanApiError';
  }

  /** The plan's revision now, on a 409. */
  get currentRevision(): number | undefined {
    const d = this.details as { currentRevision?: unknown } | undefined;
    return typeof d?.currentRevision === 'number' ? d.currentRevision : undefined;
  }

  /** The reasons of a 400, one per field. */
  get reasons(): string[] {
    return Array.isArray(this.details) ? this.details.flatMap((d: { reason?: unknown }) => (typeof d?.reason === 'string' ? [d.reason] : [])) : [];
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'same-origin', headers: { 'content-type': 'application/json', ...init.headers } });
  } catch (error) {
    throw new PlanApiError(0, error instanceof Error ? error.message : 'network error', 'network', undefined);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new PlanApiError(response.status, error?.message ?? `HTTP ${response.status}`, error?.code ?? 'error', error?.details);
  }
  return body as T;
}

const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;
/** Answers that carry an itinerary get its words in the page's language. */
const inLocale = (path: string, locale: Locale) => `${path}?locale=${locale}`;

export const plansApi = {
  create: (request: PlanRequestInput, locale: Locale) => call<CreatedPlan>(inLocale('/api/plans', locale), { method: 'POST', body: JSON.stringify({ request }) }),
  openSession: (id: string, token: string) => call<void>(`${planPath(id)}/session`, { method: 'POST', body: JSON.stringify({ token }) }),
  closeSession: (id: string) => call<void>(`${planPath(id)}/session`, { method: 'DELETE' }),
  edit: (id: string, edit: PlanEdit, locale: Locale) => call<SavedPlanJson>(inLocale(planPath(id), locale), { method: 'PATCH', body: JSON.stringify(edit) }),
  revisions: (id: string) => call<{ id: string; revision: number; revisions: RevisionSummary[] }>(`${planPath(id)}/revisions`),
  restore: (id: string, revision: number, baseRevision: number, locale: Locale) =>
    call<SavedPlanJson>(inLocale(`${planPath(id)}/revisions/${revision}/restore`, locale), { method: 'POST', body: JSON.stringify({ baseRevision }) }),
};

/** The edit token in an edit link's fragment (#token=…), if any. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : undefined;
}

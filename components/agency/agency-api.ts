/** Browser calls to the agency API (docs/api.md, "Agencies"), with errors the form can show by field. */

/** An agency's public profile, as GET/PATCH /api/agencies/{id} answer it. */
export interface AgencyProfile {
  id: string;
  name: string;
  contact: string;
  accentColor: string;
  defaultNote: string;
  logoUrl: string | null;
  updatedAt: string;
}

/** The editable fields; `logo` is a data: URL to upload, null to remove, absent to keep. */
export interface AgencyValues {
  name: string;
  contact: string;
  accentColor: string;
  defaultNote: string;
  logo?: string | null;
}

export const AGENCY_FIELDS = ['name', 'contact', 'accentColor', 'defaultNote', 'logo'] as const;
export type AgencyField = (typeof AGENCY_FIELDS)[number];

/** A refused call: HTTP status (0 when the server was not reached), message and per-field reasons. */
export class AgencyApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Partial<Record<AgencyField, string>> = {},
  ) {
    super(message);
    this.name = 'AgencyApiError';
  }
}

function isAgencyField(field: string): field is AgencyField {
  return (AGENCY_FIELDS as readonly string[]).includes(field);
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new AgencyApiError('network', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { message?: unknown; details?: unknown } } | null)?.error;
    const fields: Partial<Record<AgencyField, string>> = {};
    if (response.status === 400 && Array.isArray(error?.details)) {
      for (const detail of error.details as { field?: unknown; reason?: unknown }[]) {
        const field = typeof detail.field === 'string' ? detail.field.split('.')[0] : undefined;
        if (field && isAgencyField(field) && fields[field] === undefined) fields[field] = typeof detail.reason === 'string' ? detail.reason : '';
      }
    }
    throw new AgencyApiError(typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`, response.status, fields);
  }
  return body as T;
}

/** POST /api/agencies → the new id and its edit token (shown once: keep it). */
export function createAgency(values: AgencyValues): Promise<{ id: string; editToken: string }> {
  const { logo, ...rest } = values;
  return call('/api/agencies', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(logo ? { ...rest, logo } : rest) });
}

/** PATCH /api/agencies/{id} with the edit token → the updated profile. */
export function updateAgency(id: string, editToken: string, values: AgencyValues): Promise<AgencyProfile> {
  return call(`/api/agencies/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editToken}` },
    body: JSON.stringify(values),
  });
}

/** GET /api/agencies/{id}. */
export function fetchAgency(id: string, signal?: AbortSignal): Promise<AgencyProfile> {
  return call(`/api/agencies/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
}

/** Browser calls to the agency API (docs/api.md, "Agencies"), with errors the form can show by field. */
import { apiJson, type ApiError } from '@/lib/http/api-client';

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

/** The reasons of a refused save, by form field (a 400 names them; other refusals name none). */
export function agencyFieldErrors(error: ApiError): Partial<Record<AgencyField, string>> {
  if (error.status !== 400) return {};
  const reasons = error.reasonsByField;
  return Object.fromEntries(AGENCY_FIELDS.flatMap((field) => (reasons[field] === undefined ? [] : [[field, reasons[field]]])));
}

/** POST /api/agencies → the new id and its edit token (shown once: keep it). */
export function createAgency(values: AgencyValues): Promise<{ id: string; editToken: string }> {
  const { logo, ...rest } = values;
  return apiJson('/api/agencies', { method: 'POST', json: logo ? { ...rest, logo } : rest });
}

/** PATCH /api/agencies/{id} with the edit token → the updated profile. */
export function updateAgency(id: string, editToken: string, values: AgencyValues): Promise<AgencyProfile> {
  return apiJson(`/api/agencies/${encodeURIComponent(id)}`, { method: 'PATCH', json: values, token: editToken });
}

/** GET /api/agencies/{id}. */
export function fetchAgency(id: string, signal?: AbortSignal): Promise<AgencyProfile> {
  return apiJson(`/api/agencies/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
}

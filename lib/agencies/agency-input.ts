/**
 * Input of the agency API: the profile fields (create and patch), read from JSON (logo as base64)
 * or multipart form data (logo as a file). Validated with zod; the logo checked and re-encoded by checkLogo.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { BRAND_ACCENT } from '@/lib/config/brand';
import { ValidationError } from '@/lib/errors';
import { readFormDataLimited } from '@/lib/http/read-form-data-limited';
import { parseInput, readJsonBody } from '@/lib/http/route-handler';
import { checkLogo, MAX_LOGO_BYTES, type CheckedLogo } from './logo';

const fields = {
  name: z.string().trim().min(1).max(120),
  contact: z.string().trim().max(300),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, `use a hex colour, e.g. ${BRAND_ACCENT}`).transform((c) => c.toLowerCase()),
  defaultNote: z.string().trim().max(2000),
  /** Base64 (optionally a data: URL) of a PNG or JPEG; null in a patch removes the logo. */
  logo: z.string().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 200, `the logo is larger than ${MAX_LOGO_BYTES / 1024} KiB`),
};

export const agencyCreate = z
  .object({ name: fields.name, contact: fields.contact.default(''), accentColor: fields.accentColor.default(BRAND_ACCENT), defaultNote: fields.defaultNote.default(''), logo: fields.logo.optional() })
  .strict();

export const agencyPatch = z
  .object({ name: fields.name.optional(), contact: fields.contact.optional(), accentColor: fields.accentColor.optional(), defaultNote: fields.defaultNote.optional(), logo: fields.logo.nullable().optional() })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one field to change' });

export interface AgencyFields {
  name?: string;
  contact?: string;
  accentColor?: string;
  defaultNote?: string;
  /** A checked logo, null to remove it, undefined to leave it. */
  logo?: CheckedLogo | null;
}

/** Multipart bodies may be bigger than JSON ones: a logo plus the text fields. */
export const MAX_FORM_BYTES = MAX_LOGO_BYTES + 64 * 1024;

/** Reads and validates an agency body (JSON or multipart/form-data) with `schema`. */
export async function readAgencyInput(request: Request, mode: 'create' | 'patch'): Promise<AgencyFields> {
  const type = request.headers.get('content-type') ?? '';
  const schema = mode === 'create' ? agencyCreate : agencyPatch;
  if (type.startsWith('multipart/form-data')) {
    const form = await readFormDataLimited(request, MAX_FORM_BYTES);
    const text: Record<string, unknown> = {};
    let file: File | undefined;
    for (const [key, value] of form.entries()) {
      if (key === 'logo' && typeof value !== 'string') file = value;
      else text[key] = value;
    }
    const parsed = parseInput(schema, text, 'agency');
    const { logo: logoText, ...rest } = parsed;
    const logo = file ? await checkLogo(Buffer.from(await file.arrayBuffer())) : await logoFromText(logoText);
    return { ...rest, ...(logo !== undefined ? { logo } : {}) };
  }
  const parsed = parseInput(schema, await readJsonBody(request, MAX_FORM_BYTES * 2), 'agency');
  const { logo: logoText, ...rest } = parsed;
  const logo = await logoFromText(logoText);
  return { ...rest, ...(logo !== undefined ? { logo } : {}) };
}

async function logoFromText(value: string | null | undefined): Promise<CheckedLogo | null | undefined> {
  if (value === undefined || value === null) return value;
  const base64 = value.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new ValidationError('Invalid logo: not base64. Send the image bytes base64-encoded, or upload the file as multipart/form-data.', [{ field: 'logo', reason: 'not base64' }]);
  }
  return checkLogo(Buffer.from(base64, 'base64'));
}

/** A new random agency id (128 bits, URL-safe). */
export function newAgencyId(): string {
  return randomBytes(16).toString('base64url');
}

/** True when `id` has the shape of an agency id (checked before any database access). */
export function isAgencyIdShape(id: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(id);
}

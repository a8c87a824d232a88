/** Agency profiles: create, read, update, and the branding applied to exports. */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { BRAND_ACCENT } from '@/lib/config/brand';
import { NotFoundError } from '@/lib/errors';
import type { Branding } from '@/lib/export/branding';
import type { AgencyFields } from '@/lib/agencies/agency-input';
import type { Db } from '../client';
import { agencies, type Agency } from '../schema';

/** Inserts a profile; `editTokenHash` is the hash of the token handed to its owner. */
export function insertAgency(db: Db, id: string, editTokenHash: string, fields: AgencyFields & { name: string }): void {
  db.insert(agencies)
    .values({
      id,
      editTokenHash,
      name: fields.name,
      contact: fields.contact ?? '',
      accentColor: fields.accentColor ?? BRAND_ACCENT,
      defaultNote: fields.defaultNote ?? '',
      logo: fields.logo?.bytes ?? null,
      logoMime: fields.logo?.mime ?? null,
    })
    .run();
}

/** The profile with this id, or undefined. */
export function findAgency(db: Db, id: string): Agency | undefined {
  return db.select().from(agencies).where(eq(agencies.id, id)).get();
}

/** Applies the given fields (a null logo removes it); returns false when the agency does not exist. */
export function updateAgency(db: Db, id: string, fields: AgencyFields): boolean {
  const values: Partial<typeof agencies.$inferInsert> = { updatedAt: new Date() };
  if (fields.name !== undefined) values.name = fields.name;
  if (fields.contact !== undefined) values.contact = fields.contact;
  if (fields.accentColor !== undefined) values.accentColor = fields.accentColor;
  if (fields.defaultNote !== undefined) values.defaultNote = fields.defaultNote;
  if (fields.logo !== undefined) {
    values.logo = fields.logo?.bytes ?? null;
    values.logoMime = fields.logo?.mime ?? null;
  }
  return db.update(agencies).set(values).where(eq(agencies.id, id)).run().changes > 0;
}

/**
 * Replaces an agency's edit-token hash while it is still `previousHash` (the token that authorised the
 * rotation), so racing rotations cannot both succeed. Not a profile change: updatedAt stays. False when the agency is unknown or its token changed meanwhile.
 */
export function replaceAgencyEditTokenHash(db: Db, id: string, previousHash: string, nextHash: string): boolean {
  return db.update(agencies).set({ editTokenHash: nextHash }).where(and(eq(agencies.id, id), eq(agencies.editTokenHash, previousHash))).run().changes > 0;
}

/** The agency's branding for exports, or undefined for an unknown id. */
export function agencyBranding(db: Db, id: string): Branding | undefined {
  const agency = findAgency(db, id);
  if (!agency) return undefined;
  return { name: agency.name, contact: agency.contact, accentColor: agency.accentColor, note: agency.defaultNote, ...(agency.logo ? { logo: agency.logo } : {}) };
}

/** Branding for an export: the agency's when `agencyId` is given (404 if unknown), else undefined. */
export function exportBranding(db: Db, agencyId: string | null): Branding | undefined {
  if (agencyId === null) return undefined;
  const branding = agencyBranding(db, agencyId);
  if (!branding) throw new NotFoundError(`No agency "${agencyId}". Drop the agency parameter, or create the profile with POST /api/agencies.`, { agency: agencyId });
  return branding;
}

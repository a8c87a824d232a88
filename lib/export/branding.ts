/**
 * The branding an export carries: a travel agency's profile, or Bridgeway's own when none is chosen.
 * Pure data, so every format can be rendered and tested without the database.
 */

import { BRAND_ACCENT } from '@/lib/config/brand';

/** What an export shows of its sender. `logo` is PNG or JPEG bytes as re-encoded on upload (lib/agencies/logo.ts). */
export interface Branding {
  name: string;
  contact: string;
  /** CSS hex colour, `#rrggbb`. */
  accentColor: string;
  note: string;
  logo?: Buffer;
}

/** Used when no agency is chosen. */
export const DEFAULT_BRANDING: Branding = {
  name: 'Bridgeway',
  contact: '',
  accentColor: BRAND_ACCENT,
  note: '',
};

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The accent colour as `#rrggbb`, falling back to the default for anything malformed. */
export function accentOf(branding: Branding): string {
  return HEX_COLOUR.test(branding.accentColor) ? branding.accentColor.toLowerCase() : DEFAULT_BRANDING.accentColor;
}

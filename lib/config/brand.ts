/**
 * Bridgeway's own look, where code needs it: the browser's theme colour, the default accent of an
 * agency profile (form, API and database default) and of unbranded exports. app/globals.css holds
 * the same value as --accent (CSS cannot import it): change both together.
 * No imports, so db/schema.ts (read by drizzle-kit without path aliases) can use it.
 */
export const BRAND_ACCENT = '#0f3d3e';

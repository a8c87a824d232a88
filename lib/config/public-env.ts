/**
 * The one place that reads NEXT_PUBLIC_* variables (browser-visible configuration). Next inlines
 * them at build time only where `process.env.NEXT_PUBLIC_…` is written out literally, so each is
 * read by name here, then validated; a bad value fails the build's prerender with its name.
 * Server-only settings live in lib/config/env.ts.
 */
import { z } from 'zod';
import { ConfigError } from '@/lib/errors';

const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** Empty strings count as unset, so `NEXT_PUBLIC_TILE_URL=` in a .env file means "use the default". */
const optional = (schema: z.ZodString) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const publicEnvSchema = z.object({
  /** Raster tile template with {z}/{x}/{y} (and optionally {s}); drawn over the bundled outlines. */
  NEXT_PUBLIC_TILE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/, 'must be an http(s) URL template containing {z}, {x} and {y}'),
  ).transform((value) => value ?? OSM_TILE_URL),
  /** HTML attribution the tile provider requires, shown in the map corner. */
  NEXT_PUBLIC_TILE_ATTRIBUTION: optional(z.string().trim().min(1)).transform((value) => value ?? OSM_ATTRIBUTION),
});

export type PublicEnv = z.infer<typeof publicEnvSchema>;

/** Parses a public environment; throws ConfigError naming each bad variable. */
export function parsePublicEnv(source: Record<string, string | undefined>): PublicEnv {
  const result = publicEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid public configuration (${problems}). Fix or unset these variables; see README "Configuration".`);
  }
  return result.data;
}

let cached: PublicEnv | undefined;

/** The validated public configuration (tile source), parsed once; safe in client components. */
export function publicEnv(): PublicEnv {
  cached ??= parsePublicEnv({
    NEXT_PUBLIC_TILE_URL: process.env.NEXT_PUBLIC_TILE_URL,
    NEXT_PUBLIC_TILE_ATTRIBUTION: process.env.NEXT_PUBLIC_TILE_ATTRIBUTION,
  });
  return cached;
}

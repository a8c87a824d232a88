/**
 * Files the PDF export reads from installed packages: the Noto fonts (embedded, subset) and the
 * Natural Earth land outline. Resolved through the packages so the paths hold in Next's server
 * bundle (these packages are in serverExternalPackages), tests and scripts; read once, then cached.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FILES = {
  kr: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  krBold: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  km: '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf',
  kmBold: '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

const LAND_FILE = 'world-atlas/land-50m.json';

const cache = new Map<string, Buffer>();

/** The bytes of a file inside an installed package, e.g. `world-atlas/land-50m.json`. */
export function packageFile(specifier: string): Buffer {
  let bytes = cache.get(specifier);
  if (!bytes) {
    bytes = fs.readFileSync(resolvePackageFile(specifier));
    cache.set(specifier, bytes);
  }
  return bytes;
}

/** A font's bytes. */
export function fontBytes(name: FontName): Buffer {
  return packageFile(FONT_FILES[name]);
}

/** The Natural Earth 1:50m land TopoJSON (world-atlas). */
export function landTopology(): unknown {
  return JSON.parse(packageFile(LAND_FILE).toString('utf8'));
}

function resolvePackageFile(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    // Bundlers may rewrite import.meta.url; every entry point runs from the project root.
    const fallback = path.join(process.cwd(), 'node_modules', specifier);
    if (fs.existsSync(fallback)) return fallback;
    throw new Error(`Cannot find ${specifier}. Run npm ci so that its package is installed.`);
  }
}

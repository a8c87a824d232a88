/**
 * The export formats the menu offers, in menu order. A client-side copy of the names in
 * lib/export/formats.ts (which imports the renderers and must not reach the browser bundle);
 * tests/components/export-formats.test.ts keeps the two lists equal.
 */
export const EXPORT_MENU_FORMATS = ['pdf', 'ics', 'csv', 'gpx', 'kml', 'json'] as const;

export type ExportMenuFormat = (typeof EXPORT_MENU_FORMATS)[number];

/** The file name from a Content-Disposition header (RFC 6266: `filename*` wins over `filename`). */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return safeFileName(decodeURIComponent(extended.trim()));
    } catch {
      // malformed percent-encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  return name ? safeFileName(name.replace(/\\(.)/g, '$1')) : undefined;
}

/** Drops path parts and control characters a server (or proxy) might put in a name. */
function safeFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base ? base : undefined;
}

/** The HTTP answer of an export: the rendered file with its content type and download name. */
import { getCatalog } from '@/lib/data/catalog';
import { NotFoundError } from '@/lib/errors';
import type { LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { DEFAULT_BRANDING } from './branding';
import type { ExportContext } from './context';
import { attachmentDisposition, exportFileName } from './file-name';
import { EXPORT_FORMAT_NAMES, findExportFormat, type ExportFormat } from './formats';

/** The format called `name`; throws NotFoundError (404) listing the formats we have. */
export function requireExportFormat(name: string): ExportFormat {
  const format = findExportFormat(name);
  if (!format) throw new NotFoundError(`No export format "${name}". Formats: ${EXPORT_FORMAT_NAMES.join(', ')}.`, { format: name, formats: EXPORT_FORMAT_NAMES });
  return format;
}

/** Renders `itinerary` in `format` and wraps it as an attachment download. */
export async function exportResponse(itinerary: LocalizedItinerary, format: ExportFormat, context: Partial<ExportContext> = {}): Promise<Response> {
  const body = await format.render(itinerary, { branding: DEFAULT_BRANDING, catalog: getCatalog(), ...context });
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': format.contentType,
      'Content-Disposition': attachmentDisposition(exportFileName(itinerary, format.extension)),
      'Content-Length': String(bytes.length),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

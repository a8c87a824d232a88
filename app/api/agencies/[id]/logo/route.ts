/** GET /api/agencies/{id}/logo: the stored logo (PNG or JPEG), or 404. */
import { getDb } from '@/db/client';
import { findAgency } from '@/db/queries/agencies';
import { isAgencyIdShape } from '@/lib/agencies/agency-input';
import { NotFoundError } from '@/lib/errors';
import { handleErrors } from '@/lib/http/route-handler';

export const GET = handleErrors(async (_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
  const { id } = await params;
  const agency = isAgencyIdShape(id) ? findAgency(getDb(), id) : undefined;
  if (!agency?.logo || !agency.logoMime) throw new NotFoundError(`Agency "${id}" has no logo. Upload one with PATCH /api/agencies/{id}.`, { id });
  return new Response(new Uint8Array(agency.logo), {
    headers: {
      'Content-Type': agency.logoMime,
      'Content-Length': String(agency.logo.length),
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
    },
  });
});

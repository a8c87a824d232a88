/**
 * Multipart bodies parsed from size-limited bytes: Request.formData() would buffer (and parse) a
 * body of any size before we could look at it.
 */
import { ValidationError } from '@/lib/errors';
import { readBodyLimited } from './read-body-limited';

/**
 * The form data of a multipart/form-data request of at most `maxBytes`. Throws PayloadTooLargeError
 * (413) over the limit and ValidationError (400) when the bytes are not a well-formed form.
 */
export async function readFormDataLimited(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBodyLimited(request, maxBytes);
  // The content type carries the multipart boundary the parser needs.
  const parsable = new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } });
  return parsable.formData().catch(() => {
    throw new ValidationError('The form data could not be read. Send multipart/form-data or JSON.', [{ field: '(body)', reason: 'malformed form data' }]);
  });
}

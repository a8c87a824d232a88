/**
 * The one way route handlers read a request body: from the stream, with a byte limit. Reading the
 * whole body first (Request.text(), formData()) lets a client make us buffer hundreds of megabytes
 * before any size check, and a chunked body has no Content-Length to check up front.
 */
import { PayloadTooLargeError } from '@/lib/errors';

/**
 * The body's bytes, at most `maxBytes` of them. A declared Content-Length over the limit is refused
 * before anything is read; otherwise reading stops, and the stream is cancelled, as soon as the
 * bytes read pass the limit. Throws PayloadTooLargeError (413) in both cases.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling tells the source (the socket) we want no more, so the client cannot keep us reading.
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError } from '@/lib/errors';
import { readBodyLimited } from '@/lib/http/read-body-limited';
import { readFormDataLimited } from '@/lib/http/read-form-data-limited';
import { readJsonBody } from '@/lib/http/route-handler';

const CHUNK = 16 * 1024;

/** A body that hands out `chunks` chunks of CHUNK bytes only when asked, counting what it handed out. */
function countingStream(chunks: number) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= chunks * CHUNK) return controller.close();
        counter.pulled += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

/** A POST whose body is a stream, sent chunked (no Content-Length) unless headers say otherwise. */
function streamed(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/test', { method: 'POST', body: stream, headers, duplex: 'half' } as RequestInit);
}

describe('readBodyLimited', () => {
  it('stops reading a chunked body one chunk past the limit and answers payload_too_large', async () => {
    const { stream, counter } = countingStream(1000); // 16 MB on offer
    const error = await readBodyLimited(streamed(stream), 64 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error).toMatchObject({ code: 'payload_too_large', status: 413 });
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * CHUNK);
    expect(counter.cancelled).toBe(true);
  });

  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const { stream, counter } = countingStream(1000);
    const error = await readBodyLimited(streamed(stream, { 'content-length': String(10 * 1024 * 1024) }), 64 * 1024).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'payload_too_large', status: 413 });
    expect(counter.pulled).toBe(0);
  });

  it('stops at the limit even when the declared Content-Length understates the body', async () => {
    const { stream, counter } = countingStream(1000);
    const error = await readBodyLimited(streamed(stream, { 'content-length': '10' }), 64 * 1024).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'payload_too_large' });
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * CHUNK);
  });

  it('returns every byte of a body within the limit, and no bytes for no body', async () => {
    const { stream } = countingStream(4);
    expect((await readBodyLimited(streamed(stream), 64 * 1024)).byteLength).toBe(4 * CHUNK);
    expect((await readBodyLimited(new Request('http://localhost/'), 10)).byteLength).toBe(0);
  });
});

describe('readJsonBody', () => {
  it('parses JSON read through the limit, and answers 413 for a chunked body over it', async () => {
    expect(await readJsonBody(new Request('http://localhost/', { method: 'POST', body: '{"a":"한"}', headers: { 'content-type': 'application/json; charset=utf-8' } }))).toEqual({ a: '한' });
    const { stream, counter } = countingStream(1000);
    await expect(readJsonBody(streamed(stream, { 'content-type': 'application/json' }), 32 * 1024)).rejects.toMatchObject({ status: 413 });
    expect(counter.pulled).toBeLessThanOrEqual(32 * 1024 + 2 * CHUNK);
  });
});

describe('readFormDataLimited', () => {
  it('parses multipart fields and files from the limited bytes', async () => {
    const form = new FormData();
    form.set('name', 'Mekong Travel');
    form.set('logo', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'logo.png');
    const parsed = await readFormDataLimited(new Request('http://localhost/', { method: 'POST', body: form }), 64 * 1024);
    expect(parsed.get('name')).toBe('Mekong Travel');
    const logo = parsed.get('logo');
    expect(logo).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (logo as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('answers 400 for bytes that are not the declared multipart form', async () => {
    const request = new Request('http://localhost/', { method: 'POST', body: 'not a form', headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    await expect(readFormDataLimited(request, 1024)).rejects.toMatchObject({ code: 'invalid_request', status: 400 });
  });
});

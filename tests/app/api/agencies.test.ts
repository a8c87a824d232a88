import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/agencies/route';
import { GET, PATCH } from '@/app/api/agencies/[id]/route';
import { GET as logoGET } from '@/app/api/agencies/[id]/logo/route';
import { POST as tokenPOST } from '@/app/api/agencies/[id]/token/route';
import { MAX_FORM_BYTES } from '@/lib/agencies/agency-input';
import { useTempDatabase } from './db-fixture';
import { solidPng } from './png-fixture';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase('bridgeway-agencies-');
});
afterAll(() => cleanup());

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({ method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function create(body: unknown = { name: 'Han River Tours', contact: 'hello@example.com' }) {
  const response = await POST(new Request('http://localhost/api/agencies', json('POST', body)));
  return { response, body: (await response.json()) as { id: string; editToken: string; error?: { code: string; details: { field: string; reason: string }[] } } };
}

describe('agencies API', () => {
  it('creates a profile (JSON, base64 logo), shows public fields and serves the logo', async () => {
    const png = solidPng();
    const { response, body } = await create({ name: 'Han River Tours', contact: 'hello@example.com', accentColor: '#AA3300', defaultNote: 'Thank you!', logo: `data:image/png;base64,${png.toString('base64')}` });
    expect(response.status).toBe(201);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const profile = await (await GET(new Request(`http://localhost/api/agencies/${body.id}`), params(body.id))).json();
    expect(profile).toMatchObject({ id: body.id, name: 'Han River Tours', accentColor: '#aa3300', defaultNote: 'Thank you!', logoUrl: `/api/agencies/${body.id}/logo` });
    expect(profile).not.toHaveProperty('editTokenHash');
    const logo = await logoGET(new Request('http://localhost/'), params(body.id));
    expect(logo.headers.get('content-type')).toBe('image/png');
    // Served as stored: the upload re-encoded (tests/lib/agencies/logo.test.ts), the same picture.
    const served = Buffer.from(await logo.arrayBuffer());
    expect(await sharp(served).metadata()).toMatchObject({ format: 'png', width: 64, height: 32 });
  });

  it('creates a profile from multipart form data with a logo file', async () => {
    const form = new FormData();
    form.set('name', 'Mekong Travel');
    form.set('logo', new Blob([new Uint8Array(solidPng(40, 40))], { type: 'image/png' }), 'logo.png');
    const response = await POST(new Request('http://localhost/api/agencies', { method: 'POST', body: form }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect((await logoGET(new Request('http://localhost/'), params(id))).status).toBe(200);
  });

  it('answers 413 to a chunked multipart body over the form limit, reading no more than the limit allows', async () => {
    const form = new FormData();
    form.set('name', 'Big upload');
    form.set('logo', new Blob([new Uint8Array(50 * 1024 * 1024)], { type: 'image/png' }), 'logo.png');
    const encoded = new Response(form);
    const source = encoded.body?.getReader();
    if (!source) throw new Error('test: the form has no body');
    let pulled = 0;
    let pending = new Uint8Array(0);
    // Hands the encoded form on in 64 KiB chunks, only when read, counting bytes; no Content-Length is sent.
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (pending.byteLength === 0) {
            const { done, value } = await source.read();
            if (done) return controller.close();
            pending = value;
          }
          const chunk = pending.subarray(0, 64 * 1024);
          pending = pending.subarray(chunk.byteLength);
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel: (reason) => source.cancel(reason),
      },
      { highWaterMark: 0 },
    );
    const headers = { 'content-type': encoded.headers.get('content-type') ?? '' };
    const response = await POST(new Request('http://localhost/api/agencies', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(pulled).toBeLessThan(2 * MAX_FORM_BYTES);
  });

  it('answers 413 at once to a declared Content-Length over the form limit', async () => {
    const headers = { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_FORM_BYTES + 1) };
    const response = await POST(new Request('http://localhost/api/agencies', { method: 'POST', body: 'small', headers }));
    expect(response.status).toBe(413);
  });

  it('edits with the bearer token only: 401 without, 403 with a wrong one', async () => {
    const { body } = await create();
    const url = `http://localhost/api/agencies/${body.id}`;
    expect((await PATCH(new Request(url, json('PATCH', { name: 'X' })), params(body.id))).status).toBe(401);
    const wrong = 'A'.repeat(43);
    expect((await PATCH(new Request(url, json('PATCH', { name: 'X' }, { authorization: `Bearer ${wrong}` })), params(body.id))).status).toBe(403);
    const ok = await PATCH(new Request(url, json('PATCH', { name: 'New name', defaultNote: '안녕하세요' }, { authorization: `Bearer ${body.editToken}` })), params(body.id));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ name: 'New name', defaultNote: '안녕하세요', contact: 'hello@example.com', logoUrl: null });
  });

  it.each([
    ['a GIF', Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1'), /not a PNG or JPEG/],
    ['a PNG named as such but truncated', solidPng().subarray(0, 20), /damaged|incomplete/],
    ['an oversized file', Buffer.concat([solidPng(), Buffer.alloc(600 * 1024)]), /KiB/],
    ['a 5000-pixel-wide PNG', solidPng(5000, 20), /5000×20/],
  ])('refuses %s as a logo with 400 and a reason', async (_name, bytes, reason) => {
    const { response, body } = await create({ name: 'Bad logo', logo: bytes.toString('base64') });
    expect(response.status).toBe(400);
    expect(body.error?.details[0]?.field).toBe('logo');
    expect(body.error?.details[0]?.reason).toMatch(reason);
  });

  it('answers 404 for an unknown agency and 400 for a bad colour', async () => {
    expect((await GET(new Request('http://localhost/'), params('nope'))).status).toBe(404);
    const { response } = await create({ name: 'Colour', accentColor: 'red' });
    expect(response.status).toBe(400);
  });
});

describe('POST /api/agencies/{id}/token', () => {
  const rotate = (id: string, headers: Record<string, string> = {}) => tokenPOST(new Request(`http://localhost/api/agencies/${id}/token`, { method: 'POST', headers }), params(id));
  const rename = (id: string, token: string) =>
    PATCH(new Request(`http://localhost/api/agencies/${id}`, json('PATCH', { name: 'Renamed' }, { authorization: `Bearer ${token}` })), params(id));

  it('answers 401 without a token, 403 with a wrong one and 404 for an unknown agency', async () => {
    const { body } = await create();
    expect((await rotate(body.id)).status).toBe(401);
    expect((await rotate(body.id, { authorization: `Bearer ${'B'.repeat(43)}` })).status).toBe(403);
    expect((await rotate('AAAAAAAAAAAAAAAAAAAAAA', { authorization: `Bearer ${body.editToken}` })).status).toBe(404);
    expect((await rename(body.id, body.editToken)).status).toBe(200);
  });

  it('replaces the token: the old one is refused with 403, the new one edits', async () => {
    const { body } = await create();
    const response = await rotate(body.id, { authorization: `Bearer ${body.editToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { editToken } = (await response.json()) as { editToken: string };
    expect(editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(editToken).not.toBe(body.editToken);
    expect((await rename(body.id, body.editToken)).status).toBe(403);
    expect((await rotate(body.id, { authorization: `Bearer ${body.editToken}` })).status).toBe(403);
    expect((await rename(body.id, editToken)).status).toBe(200);
  });
});

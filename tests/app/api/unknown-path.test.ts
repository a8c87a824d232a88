import { describe, expect, it } from 'vitest';
import * as unknown from '@/app/api/[[...path]]/route';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;

function multipart(method: string): Request {
  const form = new FormData();
  form.set('name', 'x');
  form.set('file', new Blob([new Uint8Array(8)]), 'f.bin');
  return new Request('http://localhost/api/nope/deeper', { method, body: form });
}

describe('unknown /api paths', () => {
  it.each(METHODS)('answer %s with 404 not_found in the JSON error shape', async (method) => {
    const request = method === 'GET' || method === 'HEAD' ? new Request('http://localhost/api/nope/deeper', { method }) : multipart(method);
    const response = unknown[method](request);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string; details: { path: string } } };
    expect(body.error).toMatchObject({ code: 'not_found', details: { path: '/api/nope/deeper' } });
    expect(body.error.message).toContain(`${method} /api/nope/deeper`);
  });

  it('answers a multipart POST to the bare /api the same way (the catch-all is optional, so it owns /api too)', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(8)]), 'f.bin');
    const response = unknown.POST(new Request('http://localhost/api', { method: 'POST', body: form }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string; details: { path: string } } }).error).toMatchObject({ code: 'not_found', details: { path: '/api' } });
  });

  it('answers a JSON POST the same way, whatever the content type', async () => {
    const response = unknown.POST(new Request('http://localhost/api/itinerary', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

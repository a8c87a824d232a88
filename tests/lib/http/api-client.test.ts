import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiJson, apiResponse, CLIENT_ERROR_CODES } from '@/lib/http/api-client';

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

/** The error apiJson throws for the mocked answer. */
async function failure(answer: Response | Error): Promise<ApiError> {
  if (answer instanceof Error) fetchMock.mockRejectedValueOnce(answer);
  else fetchMock.mockResolvedValueOnce(answer);
  const error = await apiJson('/api/thing').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiJson', () => {
  it('sends JSON with its content type and the edit token as a bearer token', async () => {
    fetchMock.mockResolvedValueOnce(Response.json({ ok: true }));
    await expect(apiJson('/api/plans/x', { method: 'PATCH', json: { a: 1 }, token: 'tok' })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/plans/x');
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"a":1}');
    const headers = new Headers(init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('authorization')).toBe('Bearer tok');
  });

  it('sends a GET without a body or headers it does not need', async () => {
    fetchMock.mockResolvedValueOnce(Response.json([]));
    await apiJson('/api/things');
    const init = fetchMock.mock.calls[0]?.[1] as RequestInit;
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    expect([...new Headers(init.headers).keys()]).toEqual([]);
  });

  it('answers undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiJson('/api/plans/x/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('parses the answer through a schema, and refuses one of the wrong shape', async () => {
    const schema = z.object({ id: z.string() });
    fetchMock.mockResolvedValueOnce(Response.json({ id: 'a', extra: 1 }));
    await expect(apiJson('/api/x', undefined, schema)).resolves.toEqual({ id: 'a' });
    fetchMock.mockResolvedValueOnce(Response.json({ id: 7 }));
    const error = (await apiJson('/api/x', undefined, schema).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe(CLIENT_ERROR_CODES.badAnswer);
    expect(error.status).toBe(200);
  });

  it('refuses a success whose body is not JSON', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>', { status: 200 }));
    await expect(apiJson('/api/x')).rejects.toMatchObject({ code: CLIENT_ERROR_CODES.badAnswer });
  });
});

describe('ApiError mapping', () => {
  it('keeps the status, code, message and details of the server’s error answer', async () => {
    const details = [
      { field: 'logo.type', reason: 'must be PNG or JPEG' },
      { field: 'logo.size', reason: 'too big' },
      { field: 'name', reason: 'required' },
    ];
    const error = await failure(Response.json({ error: { code: 'invalid_request', message: 'Invalid agency: logo.type: must be PNG or JPEG.', details } }, { status: 400 }));
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ApiError', status: 400, code: 'invalid_request', message: 'Invalid agency: logo.type: must be PNG or JPEG.' });
    expect(error.problems).toEqual(details);
    // The first reason per top-level field.
    expect(error.reasonsByField).toEqual({ logo: 'must be PNG or JPEG', name: 'required' });
  });

  it('names the current revision of a 409', async () => {
    const error = await failure(Response.json({ error: { code: 'conflict', message: 'Reload it.', details: { currentRevision: 4 } } }, { status: 409 }));
    expect(error.status).toBe(409);
    expect(error.currentRevision).toBe(4);
    expect(error.problems).toEqual([]);
  });

  it('turns an answer that is not our error shape into a bad_answer naming the call and status', async () => {
    const error = await failure(new Response('Bad gateway', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: CLIENT_ERROR_CODES.badAnswer });
    expect(error.message).toContain('GET /api/thing answered HTTP 502');
    expect(error.currentRevision).toBeUndefined();
  });

  it('reports an unreachable server as status 0, code network, with what to do', async () => {
    const error = await failure(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ status: 0, code: CLIENT_ERROR_CODES.network });
    expect(error.message).toMatch(/Could not reach the server \(Failed to fetch\)\. Check your connection/);
  });

  it('lets an abort through as the AbortError, not as a network failure', async () => {
    const controller = new AbortController();
    controller.abort();
    fetchMock.mockRejectedValueOnce(new DOMException('aborted', 'AbortError'));
    await expect(apiResponse('/api/x', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('answers the raw response of a success, for downloads', async () => {
    fetchMock.mockResolvedValueOnce(new Response('%PDF', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    const response = await apiResponse('/api/plans/x/export/pdf');
    await expect(response.text()).resolves.toBe('%PDF');
  });
});

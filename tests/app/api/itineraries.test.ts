import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/itineraries/route';

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(new Request('http://localhost/api/itineraries', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));

describe('POST /api/itineraries', () => {
  it('plans a trip', async () => {
    const response = await post(JSON.stringify({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 5, locale: 'km' }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.days).toHaveLength(5);
    expect(body.summary).toMatchObject({ direction: 'KH_TO_KR', days: 5 });
    expect(body.summary.title).toMatch(/[\u1780-\u17FF]/);
  });

  it('answers 400 naming the field and the reason', async () => {
    const response = await post(JSON.stringify({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 30 }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details).toContainEqual({ field: 'days', reason: expect.stringMatching(/21/) });
  });

  it('answers 400 for data the catalog does not have', async () => {
    const response = await post(JSON.stringify({ direction: 'KH_TO_KR', startDate: '2026-12-20', days: 5, destinations: ['siem-reap'] }));
    expect(response.status).toBe(400);
    expect((await response.json()).error.details[0].field).toBe('destinations.0');
  });

  it('answers 400 for malformed JSON and 413 for an oversized body', async () => {
    expect((await post('{"direction":')).status).toBe(400);
    expect((await post(JSON.stringify({ padding: 'x'.repeat(300_000) }))).status).toBe(413);
  });
});

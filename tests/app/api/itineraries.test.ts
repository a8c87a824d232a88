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

  // Regression (hardening issue): a far-off date once cost seconds of Khmer-calendar work and a 500.
  // The tests' today is 2026-12-04 (vitest.config.ts): new trips start from 2026-12-03 to 2028-12-03.
  it('answers 400 on startDate outside the window of new trips, at both bounds and far beyond', async () => {
    const trip = (startDate: string) => post(JSON.stringify({ direction: 'KR_TO_KH', startDate, days: 3, destinations: ['phnom-penh'] }));
    for (const startDate of ['9999-06-01', '2200-01-01', '1000-01-01', '0001-01-01', '2028-12-04', '2026-12-02']) {
      const response = await trip(startDate);
      expect(response.status, startDate).toBe(400);
      const { error } = await response.json();
      expect(error.details, startDate).toEqual([{ field: 'startDate', reason: 'must be between 2026-12-03 and 2028-12-03: choose a start date in that range' }]);
    }
    for (const startDate of ['2026-12-03', '2028-12-03']) expect((await trip(startDate)).status, startDate).toBe(200);
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

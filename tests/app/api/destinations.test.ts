import { describe, expect, it } from 'vitest';
import { GET as listGET } from '@/app/api/destinations/route';
import { GET as detailGET } from '@/app/api/destinations/[slug]/route';
import { GET as placeGET } from '@/app/api/places/[id]/route';
import { getDestination } from '@/lib/data/catalog';

const request = (path: string) => new Request(`http://localhost${path}`);

describe('GET /api/destinations', () => {
  it('lists the five destinations without places, with place counts', async () => {
    const response = await listGET(request('/api/destinations'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { destinations: Record<string, unknown>[] };
    expect(body.destinations).toHaveLength(5);
    for (const d of body.destinations) {
      expect(d).not.toHaveProperty('places');
      expect(d.placeCount).toBeGreaterThanOrEqual(15);
      expect(typeof d.slug).toBe('string');
    }
  });
});

describe('GET /api/destinations/[slug]', () => {
  it('returns the destination with its places and hubs', async () => {
    const response = await detailGET(request('/api/destinations/siem-reap'), { params: Promise.resolve({ slug: 'siem-reap' }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { destination: { slug: string; places: unknown[]; hubs: { code: string }[] } };
    expect(body.destination.slug).toBe('siem-reap');
    expect(body.destination.places.length).toBe(getDestination('siem-reap').places.length);
    expect(body.destination.hubs.map((h) => h.code)).toContain('SAI');
  });

  it('answers 404 JSON for an unknown slug', async () => {
    const response = await detailGET(request('/api/destinations/tokyo'), { params: Promise.resolve({ slug: 'tokyo' }) });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('tokyo');
  });
});

describe('GET /api/places/[id]', () => {
  it('returns the place and its destination slug', async () => {
    const first = getDestination('seoul').places[0];
    expect(first).toBeDefined();
    if (!first) return;
    const response = await placeGET(request(`/api/places/${first.id}`), { params: Promise.resolve({ id: first.id }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { place: { id: string }; destination: string };
    expect(body).toEqual({ place: JSON.parse(JSON.stringify(first)), destination: 'seoul' });
  });

  it('answers 404 JSON for an unknown id', async () => {
    const response = await placeGET(request('/api/places/nope'), { params: Promise.resolve({ id: 'nope' }) });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'not_found' });
    expect(body.error.message).toContain('nope');
  });
});

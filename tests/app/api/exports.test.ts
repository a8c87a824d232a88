import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { POST as createAgency } from '@/app/api/agencies/route';
import { POST as exportPost } from '@/app/api/itineraries/export/[format]/route';
import { GET as exportSaved } from '@/app/api/plans/[id]/export/[format]/route';
import { allItems, crafted, planned } from '../../lib/export/fixtures';
import { useTempDatabase } from './db-fixture';
import { solidPng } from './png-fixture';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase('bridgeway-exports-');
});
afterAll(() => cleanup());

const post = (format: string, body: unknown, query = '') =>
  exportPost(new Request(`http://localhost/api/itineraries/export/${format}${query}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }), {
    params: Promise.resolve({ format }),
  });

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gpx: 'application/gpx+xml',
  kml: 'application/vnd.google-earth.kml+xml',
  json: 'application/json',
};

describe('POST /api/itineraries/export/{format}', () => {
  it.each(Object.entries(CONTENT_TYPES))('answers %s with its content type and a dated attachment name', { timeout: 30_000 }, async (format, type) => {
    const itinerary = planned();
    const response = await post(format, { itinerary });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    // Named after the start date and the destinations in visiting order (the planner's choice).
    const name = `2026-12-20-${itinerary.summary.destinations.join('-')}.${format}`;
    expect(itinerary.summary.destinations).toHaveLength(2);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });

  it('plans the trip on the server when sent { request }', async () => {
    const response = await post('ics', { request: { direction: 'KR_TO_KH', startDate: '2027-01-10', days: 4, destinations: ['siem-reap'] } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('2027-01-10-siem-reap.ics');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(5);
  });

  it('exports a crafted itinerary safely: CSV rows = items, no formula cells', async () => {
    const itinerary = crafted();
    const response = await post('csv', { itinerary });
    const rows = parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(allItems(itinerary).length);
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('answers 404 listing the formats for an unknown format', async () => {
    const response = await post('docx', { itinerary: planned() });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string; details: { formats: string[] } } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.details.formats).toEqual(['pdf', 'ics', 'csv', 'gpx', 'kml', 'json']);
    expect(body.error.message).toContain('pdf, ics, csv, gpx, kml, json');
  });

  it('answers 400 naming the field for a malformed itinerary', async () => {
    const itinerary = planned() as unknown as { days: { items: { start: string }[] }[] };
    const first = itinerary.days[0]?.items[0];
    if (first) first.start = 'tomorrow morning';
    const response = await post('gpx', { itinerary });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { details: { field: string }[] } };
    expect(body.error.details.map((d) => d.field)).toContain('itinerary.days.0.items.0.start');
  });

  it('applies an agency profile with ?agency= and answers 404 for an unknown agency', { timeout: 30_000 }, async () => {
    const created = await createAgency(
      new Request('http://localhost/api/agencies', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Angkor & Han <Tours>', contact: 'ops@example.com', accentColor: '#224466', logo: solidPng().toString('base64') }),
      }),
    );
    const { id } = (await created.json()) as { id: string };
    const kml = await post('kml', { itinerary: planned() }, `?agency=${id}`);
    expect(kml.status).toBe(200);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(await kml.text()).kml.Document;
    expect(doc.description).toContain('Angkor & Han <Tours>');
    const pdf = await post('pdf', { itinerary: planned() }, `?agency=${id}`);
    expect(pdf.status).toBe(200);
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.includes(Buffer.from('/Subtype /Image'))).toBe(true); // the logo
    const unknown = await post('kml', { itinerary: planned() }, '?agency=nope');
    expect(unknown.status).toBe(404);
  });
});

describe('GET /api/plans/{id}/export/{format}', () => {
  it('exports the current revision of a saved plan, with UIDs from the plan id', async () => {
    const old = planned({ days: 5 });
    const current = planned();
    const client = getDb().$client;
    client.prepare("insert into plans (id, edit_token_hash, current_revision) values ('PLANPLANPLANPLANPLAN12', 'h', 2)").run();
    const insert = client.prepare("insert into plan_revisions (plan_id, revision, request, itinerary, change) values ('PLANPLANPLANPLANPLAN12', ?, ?, ?, 'x')");
    insert.run(1, JSON.stringify(old.request), JSON.stringify(old));
    insert.run(2, JSON.stringify(current.request), JSON.stringify(current));
    const response = await exportSaved(new Request('http://localhost/api/plans/PLANPLANPLANPLANPLAN12/export/ics'), { params: Promise.resolve({ id: 'PLANPLANPLANPLANPLAN12', format: 'ics' }) });
    expect(response.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    expect(events).toHaveLength(allItems(current).filter(({ item }) => item.type !== 'free').length);
    for (const event of events) {
      expect(event.getFirstPropertyValue('uid')).toMatch(/^plan-PLANPLANPLANPLANPLAN12-/);
      expect(event.getFirstPropertyValue('sequence')).toBe(2);
    }
    const gpx = await exportSaved(new Request('http://localhost/api/plans/PLANPLANPLANPLANPLAN12/export/gpx'), { params: Promise.resolve({ id: 'PLANPLANPLANPLANPLAN12', format: 'gpx' }) });
    expect(gpx.headers.get('content-type')).toBe('application/gpx+xml');
  });

  it('keeps a saved plan\'s export per revision: the same file and ETag, a 304 when the client has it, private, and a new file for a new revision', async () => {
    const client = getDb().$client;
    const first = planned({ days: 4 });
    client.prepare("insert into plans (id, edit_token_hash, current_revision) values ('CACHEDCACHEDCACHEDCA12', 'h', 1)").run();
    const insert = client.prepare("insert into plan_revisions (plan_id, revision, request, itinerary, change) values ('CACHEDCACHEDCACHEDCA12', ?, ?, ?, 'x')");
    insert.run(1, JSON.stringify(first.request), JSON.stringify(first));
    const get = (headers: Record<string, string> = {}) =>
      exportSaved(new Request('http://localhost/api/plans/CACHEDCACHEDCACHEDCA12/export/csv', { headers }), { params: Promise.resolve({ id: 'CACHEDCACHEDCACHEDCA12', format: 'csv' }) });
    const a = await get();
    const b = await get();
    expect(a.headers.get('cache-control')).toBe('private, no-cache');
    expect(a.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const etag = a.headers.get('etag') as string;
    expect(etag).toMatch(/^"/);
    expect(b.headers.get('etag')).toBe(etag);
    const text = await a.text();
    expect(await b.text()).toBe(text);
    expect((await get({ 'if-none-match': etag })).status).toBe(304);

    const second = planned({ days: 6 });
    insert.run(2, JSON.stringify(second.request), JSON.stringify(second));
    client.prepare("update plans set current_revision = 2 where id = 'CACHEDCACHEDCACHEDCA12'").run();
    const edited = await get({ 'if-none-match': etag });
    expect(edited.status).toBe(200);
    expect(edited.headers.get('etag')).not.toBe(etag);
    expect(await edited.text()).not.toBe(text);
  });

  it('answers 404 for an unknown plan and for an unknown format', async () => {
    const missing = await exportSaved(new Request('http://localhost/api/plans/nope/export/csv'), { params: Promise.resolve({ id: 'nope', format: 'csv' }) });
    expect(missing.status).toBe(404);
    const format = await exportSaved(new Request('http://localhost/api/plans/PLANPLANPLANPLANPLAN12/export/xls'), { params: Promise.resolve({ id: 'PLANPLANPLANPLANPLAN12', format: 'xls' }) });
    expect(format.status).toBe(404);
  });
});

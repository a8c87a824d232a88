import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { DEFAULT_BRANDING } from '@/lib/export/branding';
import { stripControlChars } from '@/lib/export/control-chars';
import { renderCsv } from '@/lib/export/csv';
import { renderGpx } from '@/lib/export/gpx';
import { renderIcs } from '@/lib/export/ics';
import { renderKml } from '@/lib/export/kml';
import { renderPdf } from '@/lib/export/pdf';
import { craftedWithControls, DROPPED_CONTROLS } from './fixtures';

const context = { branding: { ...DEFAULT_BRANDING, name: `Han\u0007River${DROPPED_CONTROLS}Tours` }, catalog: getCatalog(), now: new Date('2026-11-01T00:00:00Z') };
const xml = new XMLParser({ isArray: (name) => ['wpt', 'Placemark', 'Folder'].includes(name) });
const ANY_DROPPED = new RegExp(`[${DROPPED_CONTROLS}]`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-controls-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('stripControlChars', () => {
  it('drops C0 controls, DEL and C1, and keeps tab, line breaks and every visible character', () => {
    expect(stripControlChars(`a${DROPPED_CONTROLS}b`)).toBe('ab');
    expect(stripControlChars('tab\there\r\nnext\nline')).toBe('tab\there\r\nnext\nline');
    expect(stripControlChars('서울 · ភ្នំពេញ « é » \u00a0\u00ff')).toBe('서울 · ភ្នំពេញ « é » \u00a0\u00ff');
  });
});

describe('exports drop control characters from every text', () => {
  it('ICS: no control in the file; ical.js reads the clean summary and description', () => {
    const { itinerary, title, visitName } = craftedWithControls();
    const text = renderIcs(itinerary, context);
    expect(text).not.toMatch(ANY_DROPPED);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(title);
    const event = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('summary') === visitName);
    expect(String(event?.getFirstPropertyValue('description'))).toContain('Bringcash[31m\ttwo');
  });

  it('CSV: no control in any cell; the name and note come out clean', () => {
    const { itinerary, visitName, note } = craftedWithControls();
    const rows = parseCsv(renderCsv(itinerary, context), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(ANY_DROPPED);
    expect(rows.find((row) => row.place === visitName)?.notes).toBe(note);
  });

  it.each([
    ['GPX', renderGpx, (text: string) => {
      const { gpx } = xml.parse(text) as { gpx: { metadata: { name: string; author: { name: string } }; wpt: { name: string }[] } };
      return [gpx.metadata.name, gpx.metadata.author.name, ...gpx.wpt.map((w) => w.name)];
    }],
    ['KML', renderKml, (text: string) => {
      const { kml } = xml.parse(text) as { kml: { Document: { name: string; description: string; Folder: { Placemark?: { name: string }[] }[] } } };
      return [kml.Document.name, kml.Document.description, ...kml.Document.Folder.flatMap((f) => (f.Placemark ?? []).map((p) => p.name))];
    }],
  ])('%s: valid XML without controls; title, agency and place names come out clean', (_format, render, names) => {
    const { itinerary, title, visitName } = craftedWithControls();
    const text = render(itinerary, context);
    expect(text).not.toMatch(ANY_DROPPED);
    expect(XMLValidator.validate(text)).toBe(true);
    const values = names(text).map(String);
    expect(values).toContain(title);
    expect(values).toContain(visitName);
    expect(values.some((value) => value.includes('HanRiverTours'))).toBe(true);
  });

  it('PDF: the title, agency and place names are set without controls, extractable as text', { timeout: 30_000 }, async () => {
    const { itinerary, title, visitName } = craftedWithControls();
    const file = path.join(dir, 'controls.pdf');
    fs.writeFileSync(file, await renderPdf(itinerary, context));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
    expect(text).toContain(title);
    expect(text).toContain(visitName);
    expect(text).toContain('HanRiverTours');
    expect(text).toContain('Bringcash[31m two');
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Title:\s+TripTitle\n/);
  });
});

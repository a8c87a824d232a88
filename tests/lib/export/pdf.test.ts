import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { DEFAULT_BRANDING } from '@/lib/export/branding';
import { renderPdf, scriptRuns } from '@/lib/export/pdf';
import { planned } from './fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const branding = { ...DEFAULT_BRANDING, name: 'Mekong & Han Tours', contact: 'hello@example.com', note: '즐거운 여행 되세요 · សូមរីករាយ', accentColor: '#8a2d3b' };

async function pdfText(locale: 'ko' | 'km', direction: 'KR_TO_KH' | 'KH_TO_KR') {
  const itinerary = planned({ locale, direction, destinations: direction === 'KR_TO_KH' ? ['siem-reap'] : ['seoul'], days: 5 });
  const bytes = await renderPdf(itinerary, { branding, catalog: getCatalog() });
  const file = path.join(dir, `${locale}-${direction}.pdf`);
  fs.writeFileSync(file, bytes);
  return { itinerary, bytes, file, text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8') };
}

describe('renderPdf', () => {
  it('writes an A4 PDF whose text has the day headings and the Korean place names', { timeout: 30_000 }, async () => {
    const { itinerary, bytes, text, file } = await pdfText('ko', 'KR_TO_KH');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    for (const day of itinerary.days) expect(text).toContain(`${day.dayNumber}일차`);
    const visit = itinerary.days.flatMap((d) => d.items).find((i) => i.type === 'visit');
    expect(visit?.name).toMatch(/[\uac00-\ud7a3]/);
    expect(text).toContain(visit?.name);
    expect(text).toContain('Mekong & Han Tours');
    expect(text).toContain('117'); // Cambodian police
    expect(text).toContain('1330'); // Korea travel hotline
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
  });

  it('sets Khmer in the embedded Khmer font, extractable as text', { timeout: 30_000 }, async () => {
    const { itinerary, text, file } = await pdfText('km', 'KH_TO_KR');
    const names = itinerary.days.flatMap((d) => d.items).filter((i) => i.type === 'visit').map((i) => i.name);
    expect(names.length).toBeGreaterThan(2);
    // pdftotext may reorder a pre-base vowel; compare without spaces on at least one name.
    const flat = text.replace(/\s+/g, '');
    expect(names.some((name) => flat.includes(name.replace(/\s+/g, '')))).toBe(true);
    const fonts = execFileSync('pdffonts', [file]).toString();
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.some((row) => row.includes('NotoSansKhmer'))).toBe(true);
    expect(rows.some((row) => row.includes('NotoSansKR'))).toBe(true);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/); // emb, sub, uni
  });
});

describe('scriptRuns', () => {
  it('splits Khmer from other scripts, keeping spaces and digits with the run they follow', () => {
    expect(scriptRuns('Day 2 · ថ្ងៃទី 2 서울')).toEqual([
      { text: 'Day 2 · ', khmer: false },
      { text: 'ថ្ងៃទី 2 ', khmer: true },
      { text: '서울', khmer: false },
    ]);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { DEFAULT_BRANDING } from '@/lib/export/branding';
import { CSV_COLUMNS, cell, renderCsv } from '@/lib/export/csv';
import { allItems, crafted, planned } from './fixtures';

const context = { branding: DEFAULT_BRANDING, catalog: getCatalog() };

describe('renderCsv', () => {
  it('starts with a BOM and has one row per item under the documented header', () => {
    const itinerary = crafted();
    const text = renderCsv(itinerary, context);
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(allItems(itinerary).length);
  });

  it('leaves no cell a spreadsheet would run as a formula', () => {
    const rows = parse(renderCsv(crafted(), context), { bom: true }) as string[][];
    for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    const values = rows.flat();
    expect(values).toContain('\'=HYPERLINK("http://evil.example","click"), <b>&\'test\'</b>; back\\slash');
    expect(values).toContain("'-2+3");
    expect(values).toContain("'@cmd");
    expect(values).toContain("'+SUM(A1:A9)\nsecond line, with comma; and semicolon");
  });

  it('fills address, category and coordinates of visits from the catalog, in local times', () => {
    const itinerary = planned({ locale: 'km' });
    const rows = parse(renderCsv(itinerary, context), { bom: true, columns: true }) as Record<string, string>[];
    const visits = rows.filter((r) => r.type === 'visit');
    expect(visits.length).toBeGreaterThan(3);
    for (const row of visits) {
      expect(row.address?.length).toBeGreaterThan(3);
      expect(row.category).toMatch(/^[a-z]+$/);
      expect(Number(row.lat)).toBeGreaterThan(30);
      expect(row['local start']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    }
    expect(rows.some((r) => /[\u1780-\u17ff]/.test(r.place ?? ''))).toBe(true);
  });

  it.each(['\n=cmd|"/c calc"!A1', '  +1', '\r\n\t-2+3', '\u00a0@SUM(A1)', ' \n =HYPERLINK("http://evil.example")'])(
    'neutralises %j, a formula behind leading whitespace or line breaks',
    (value) => {
      const [parsed] = parse(cell(value)) as string[][];
      expect(parsed?.[0]).toBe(`'${value}`);
    },
  );

  it('leaves text that only contains a formula character later alone', () => {
    expect(cell('Seoul - Busan')).toBe('Seoul - Busan');
    expect(cell('a@b.example')).toBe('a@b.example');
  });

  it('quotes cells with commas, quotes and newlines, and keeps numbers as numbers', () => {
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell(-12.5)).toBe('-12.5');
    expect(cell('\tx')).toBe("'\tx");
  });
});

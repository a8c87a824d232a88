import { describe, expect, it } from 'vitest';
import { MAX_LOGO_FILE_BYTES } from '@/components/agency/logo-file';
import { EXPORT_MENU_FORMATS, fileNameFromDisposition } from '@/components/export/export-formats';
import { MAX_LOGO_BYTES } from '@/lib/agencies/logo';
import { EXPORT_FORMAT_NAMES } from '@/lib/export/formats';
import { attachmentDisposition } from '@/lib/export/file-name';

describe('client copies of server constants', () => {
  it('the menu offers exactly the server formats, in its order', () => {
    expect([...EXPORT_MENU_FORMATS]).toEqual(EXPORT_FORMAT_NAMES);
  });

  it('the client logo limit is the server one', () => {
    expect(MAX_LOGO_FILE_BYTES).toBe(MAX_LOGO_BYTES);
  });
});

describe('fileNameFromDisposition', () => {
  it('reads what the export routes send', () => {
    expect(fileNameFromDisposition(attachmentDisposition('2026-12-20-seoul-jeju.ics'))).toBe('2026-12-20-seoul-jeju.ics');
  });

  it('prefers the UTF-8 name over the ASCII fallback', () => {
    expect(fileNameFromDisposition(attachmentDisposition('2026-12-20-서울.pdf'))).toBe('2026-12-20-서울.pdf');
  });

  it('reads unquoted and quoted names, and none', () => {
    expect(fileNameFromDisposition('attachment; filename=trip.csv')).toBe('trip.csv');
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".gpx"')).toBe('a "b".gpx');
    expect(fileNameFromDisposition('attachment')).toBeUndefined();
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });

  it('drops path parts and control characters', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''..%2F..%2Fx%0A.kml")).toBe('x.kml');
  });
});

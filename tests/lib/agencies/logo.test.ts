/**
 * Uploaded logos are decoded and re-encoded before they are stored. The test images are made here
 * with the image library rather than committed as binaries.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as createAgency } from '@/app/api/agencies/route';
import { POST as exportPost } from '@/app/api/itineraries/export/[format]/route';
import { checkLogo } from '@/lib/agencies/logo';
import { ValidationError } from '@/lib/errors';
import { planned } from '../export/fixtures';
import { useTempDatabase } from '../../app/api/db-fixture';

/** A typical logo: a red box with a transparent margin, 600×240 (RGBA). */
function plainLogo(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 240, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 500, height: 200, channels: 4, background: '#c8283c' } }, left: 50, top: 20 }])
    .png()
    .toBuffer();
}

/** The decompression bomb of the issue: 4096×4096 at 16 bits per channel, ~150 KB compressed, 128 MB decoded. */
function bombPng(): Promise<Buffer> {
  return sharp({ create: { width: 4096, height: 4096, channels: 3, background: { r: 10, g: 20, b: 30 } } }).toColourspace('rgb16').png({ compressionLevel: 9 }).toBuffer();
}

/** Why checkLogo refused `bytes` (the reason on field `logo`). */
async function refusal(bytes: Buffer): Promise<string> {
  const error: unknown = await checkLogo(bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const [detail] = (error as ValidationError).details as { field: string; reason: string }[];
  expect(detail?.field).toBe('logo');
  return detail?.reason ?? '';
}

describe('checkLogo re-encodes every logo', () => {
  it('shrinks the 16-bit 4096×4096 bomb to an 8-bit image of at most 1024 px', { timeout: 30_000 }, async () => {
    const bomb = await bombPng();
    expect(bomb.length).toBeLessThan(512 * 1024);
    const logo = await checkLogo(bomb);
    expect(logo).toMatchObject({ mime: 'image/png', width: 1024, height: 1024 });
    const stored = await sharp(logo.bytes).metadata();
    expect(stored).toMatchObject({ format: 'png', width: 1024, height: 1024, depth: 'uchar' });
  });

  it('refuses truncated PNGs and JPEGs, whether the cut is in the header or in the pixel data', async () => {
    const png = await plainLogo();
    expect(await refusal(png.subarray(0, 20))).toMatch(/header is damaged or incomplete/);
    expect(await refusal(png.subarray(0, png.length - 20))).toMatch(/incomplete or damaged.*export it again/);
    expect(await refusal(png.subarray(0, Math.floor(png.length / 2)))).toMatch(/incomplete or damaged/);
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    expect(await refusal(jpeg.subarray(0, jpeg.length - 100))).toMatch(/incomplete or damaged/);
  });

  it('cleans a PNG with HTML appended: the image is whole, and only its re-encoded pixels are stored', async () => {
    // Accepted rather than refused: the picture decodes completely (the decoder stops at IEND), and
    // what follows it is not kept, so the stored and served bytes cannot carry the HTML.
    const png = await plainLogo();
    const polyglot = Buffer.concat([png, Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const logo = await checkLogo(polyglot);
    expect(logo).toMatchObject({ mime: 'image/png', width: 600, height: 240 });
    expect(logo.bytes.includes(Buffer.from('<html'))).toBe(false);
    expect(logo.bytes.includes(Buffer.from('IEND'))).toBe(true);
    expect(logo.bytes.subarray(logo.bytes.indexOf('IEND') + 8)).toHaveLength(0);
  });

  it('keeps a photo as JPEG at most 1024 px wide, upright, without its EXIF', async () => {
    // Orientation 6: stored sideways, shown rotated 90°; the re-encoded image is upright (1500×2000 → 768×1024).
    const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Secret GPS owner' } } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const logo = await checkLogo(photo);
    expect(logo).toMatchObject({ mime: 'image/jpeg', width: 768, height: 1024 });
    const stored = await sharp(logo.bytes).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
  });

  it('keeps a small logo at its size, with its transparency', async () => {
    const logo = await checkLogo(await plainLogo());
    expect(logo).toMatchObject({ mime: 'image/png', width: 600, height: 240 });
    expect((await sharp(logo.bytes).metadata()).hasAlpha).toBe(true);
  });
});

describe('a re-encoded logo brands a PDF', () => {
  let cleanup: () => void;
  beforeAll(() => {
    cleanup = useTempDatabase('bridgeway-logo-');
  });
  afterAll(() => cleanup());

  it('embeds the stored logo in the branded PDF export', { timeout: 30_000 }, async () => {
    const created = await createAgency(
      new Request('http://localhost/api/agencies', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Mekong Lotus Travel', logo: `data:image/png;base64,${(await plainLogo()).toString('base64')}` }),
      }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const pdf = await exportPost(
      new Request(`http://localhost/api/itineraries/export/pdf?agency=${id}`, { method: 'POST', body: JSON.stringify({ itinerary: planned() }), headers: { 'content-type': 'application/json' } }),
      { params: Promise.resolve({ format: 'pdf' }) },
    );
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });
});

/**
 * Checks an uploaded agency logo before it is stored: PNG or JPEG by magic bytes (never by the
 * declared type), at most 512 KiB, and sane pixel dimensions read from the image header.
 */
import { ValidationError } from '@/lib/errors';

export const MAX_LOGO_BYTES = 512 * 1024;
export const MAX_LOGO_SIDE = 4096;
export const MIN_LOGO_SIDE = 16;

export type LogoMime = 'image/png' | 'image/jpeg';

export interface CheckedLogo {
  bytes: Buffer;
  mime: LogoMime;
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The logo with its type and size; throws ValidationError (400) on field `logo` saying why not. */
export function checkLogo(bytes: Buffer): CheckedLogo {
  const refuse = (reason: string): never => {
    throw new ValidationError(`Invalid logo: ${reason}.`, [{ field: 'logo', reason }]);
  };
  if (bytes.length === 0) refuse('the file is empty');
  if (bytes.length > MAX_LOGO_BYTES) refuse(`the file is ${Math.ceil(bytes.length / 1024)} KiB; the limit is ${MAX_LOGO_BYTES / 1024} KiB`);
  const size = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? pngSize(bytes) : isJpeg(bytes) ? jpegSize(bytes) : refuse('not a PNG or JPEG image (checked by content, not by name)');
  if (!size) return refuse('the image header is damaged or incomplete');
  const { width, height, mime } = size;
  if (width < MIN_LOGO_SIDE || height < MIN_LOGO_SIDE || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE) {
    refuse(`the image is ${width}×${height} pixels; each side must be ${MIN_LOGO_SIDE}–${MAX_LOGO_SIDE}`);
  }
  if (Math.max(width / height, height / width) > 10) refuse(`the image is ${width}×${height} pixels; a logo may be at most 10 times wider than tall or vice versa`);
  return { bytes, mime, width, height };
}

function pngSize(bytes: Buffer): { width: number; height: number; mime: LogoMime } | undefined {
  // Signature, then the IHDR chunk: length (4), "IHDR", width (4), height (4).
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), mime: 'image/png' };
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the dimensions. */
function jpegSize(bytes: Buffer): { width: number; height: number; mime: LogoMime } | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7), mime: 'image/jpeg' };
    }
    if (length < 2) return undefined;
    offset += 2 + length;
  }
  return undefined;
}

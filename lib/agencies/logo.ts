/**
 * Accepts an uploaded agency logo: PNG or JPEG by magic bytes (never by the declared type), at most
 * 512 KiB, sane pixel dimensions read from the image header, and then decoded and re-encoded
 * (logo-encoding.ts), so only our own encoding of a complete image is ever stored.
 */
import 'server-only';
import sharp from 'sharp';
import { ValidationError } from '@/lib/errors';
import { reencodeLogo, UndecodableImageError, type EncodedLogo, type LogoMime } from './logo-encoding';

export const MAX_LOGO_BYTES = 512 * 1024;
export const MAX_LOGO_SIDE = 4096;
export const MIN_LOGO_SIDE = 16;
/** The decoder refuses more pixels than this before decoding any: a 4096×4096 logo at most. */
export const MAX_LOGO_PIXELS = MAX_LOGO_SIDE * MAX_LOGO_SIDE;

/** A logo ready to store: the re-encoded bytes, their type and pixel size. */
export type CheckedLogo = EncodedLogo;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function refuse(reason: string): never {
  throw new ValidationError(`Invalid logo: ${reason}.`, [{ field: 'logo', reason }]);
}

/**
 * The logo as it will be stored (re-encoded, at most 1024 px on the long side, metadata stripped);
 * throws ValidationError (400) on field `logo` saying why not and what to do instead.
 */
export async function checkLogo(bytes: Buffer): Promise<CheckedLogo> {
  if (bytes.length === 0) refuse('the file is empty');
  if (bytes.length > MAX_LOGO_BYTES) refuse(`the file is ${Math.ceil(bytes.length / 1024)} KiB; the limit is ${MAX_LOGO_BYTES / 1024} KiB`);
  const mime = logoMimeOf(bytes) ?? refuse('not a PNG or JPEG image (checked by content, not by name)');
  const { width, height } = await headerSize(bytes);
  if (width < MIN_LOGO_SIDE || height < MIN_LOGO_SIDE || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE) {
    refuse(`the image is ${width}×${height} pixels; each side must be ${MIN_LOGO_SIDE}–${MAX_LOGO_SIDE}`);
  }
  if (Math.max(width / height, height / width) > 10) refuse(`the image is ${width}×${height} pixels; a logo may be at most 10 times wider than tall or vice versa`);
  try {
    return await reencodeLogo(bytes, mime, MAX_LOGO_PIXELS);
  } catch (error) {
    if (error instanceof UndecodableImageError) {
      refuse('the image data is incomplete or damaged (the file may have been cut short); open it in an image editor, export it again as PNG or JPEG and upload that file');
    }
    throw error;
  }
}

function logoMimeOf(bytes: Buffer): LogoMime | undefined {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** Width and height from the header alone (no pixels decoded), so the size checks cost nothing. */
async function headerSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const header = await sharp(bytes).metadata().catch(() => undefined);
  if (!header?.width || !header.height) return refuse('the image header is damaged or incomplete; export the image again as PNG or JPEG');
  // Stored sideways or upright, the checks below are the same (they are symmetric in width and height).
  return { width: header.width, height: header.height };
}

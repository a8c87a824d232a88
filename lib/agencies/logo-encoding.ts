/**
 * Decodes an uploaded logo completely and writes it again: the bytes we store and embed in PDFs are
 * always our own encoding of the pixels, never the upload. That drops metadata (EXIF, comments, ICC
 * after conversion to sRGB) and anything appended after the image, shrinks huge or 16-bit images to
 * a small 8-bit one (so a branded PDF never decodes megapixels again), and a file that does not
 * decode to the end (truncated, corrupt) is refused here rather than in every export.
 */
import 'server-only';
import sharp from 'sharp';

/** Longest side of a stored logo: twice what a PDF header shows at print resolution is plenty. */
export const STORED_LOGO_MAX_SIDE = 1024;

/** The stored logo formats: PNG for drawings and transparency, JPEG for photos. */
export type LogoMime = 'image/png' | 'image/jpeg';

/** An image as we store it. */
export interface EncodedLogo {
  bytes: Buffer;
  mime: LogoMime;
  width: number;
  height: number;
}

/** The decoder's verdict on a file that is not a whole image; the message is the decoder's, for logs. */
export class UndecodableImageError extends Error {}

/**
 * Decodes `bytes` (refusing more than `maxInputPixels` before any pixel is decoded) and re-encodes
 * them, at most STORED_LOGO_MAX_SIDE on the long side, as `mime`. Throws UndecodableImageError when
 * the image does not decode to its end.
 */
export async function reencodeLogo(bytes: Buffer, mime: LogoMime, maxInputPixels: number): Promise<EncodedLogo> {
  // failOn 'error': a truncated or corrupt image aborts (with 'none' the decoder would fill the missing
  // rows with grey and we would store that), while mere decoder warnings, such as libpng's "known
  // incorrect sRGB profile" that many logos from older editors carry, do not refuse a good picture.
  const pipeline = sharp(bytes, { limitInputPixels: maxInputPixels, failOn: 'error', sequentialRead: true })
    .autoOrient() // apply the EXIF orientation before the EXIF is dropped, so photos stay upright
    .resize({ width: STORED_LOGO_MAX_SIDE, height: STORED_LOGO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb'); // 8 bits per channel, whatever the upload's depth
  const encoded = mime === 'image/jpeg' ? pipeline.jpeg({ quality: 85 }) : pipeline.png({ compressionLevel: 9 });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: data, mime, width: info.width, height: info.height };
  } catch (error) {
    throw new UndecodableImageError(error instanceof Error ? error.message : String(error));
  }
}

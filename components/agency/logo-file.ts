/**
 * Client-side logo checks, before anything is uploaded: PNG or JPEG (declared type and the file's
 * first bytes) and at most 512 KiB. The server checks again by content (lib/agencies/logo.ts), which
 * also checks the pixel size and re-encodes the image; this only spares the user an upload that would be refused.
 */

/** Same limit as MAX_LOGO_BYTES in lib/agencies/logo.ts (that module needs Node's Buffer). */
export const MAX_LOGO_FILE_BYTES = 512 * 1024;

export const LOGO_ACCEPT = 'image/png,image/jpeg';

export type LogoFileResult = { ok: true; dataUrl: string } | { ok: false; reason: 'type' | 'size' | 'unreadable'; sizeKiB: number };

const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'image/pjpeg']);
/** Base64 of the PNG signature and of the JPEG start-of-image marker. */
const MAGIC_BASE64 = ['iVBORw0KGgo', '/9j/'];

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('no data URL')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Checks `file` as a logo; when it passes, its bytes as a data: URL (what the API and the preview take). */
export async function checkLogoFile(file: File): Promise<LogoFileResult> {
  const sizeKiB = Math.ceil(file.size / 1024);
  const declaredOk = file.type === '' ? /\.(png|jpe?g)$/i.test(file.name) : ALLOWED_TYPES.has(file.type.toLowerCase());
  if (!declaredOk) return { ok: false, reason: 'type', sizeKiB };
  if (file.size > MAX_LOGO_FILE_BYTES) return { ok: false, reason: 'size', sizeKiB };
  if (file.size === 0) return { ok: false, reason: 'unreadable', sizeKiB };
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(file);
  } catch {
    return { ok: false, reason: 'unreadable', sizeKiB };
  }
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  // A renamed file (a GIF called logo.png) has the right name but the wrong first bytes.
  if (!MAGIC_BASE64.some((magic) => base64.startsWith(magic))) return { ok: false, reason: 'type', sizeKiB };
  return { ok: true, dataUrl };
}

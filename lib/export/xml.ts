/** Escaping for the XML formats (GPX, KML). */

// Characters XML 1.0 forbids even escaped (C0 controls except tab, LF, CR).
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text safe inside an element or a quoted attribute. */
export function xmlEscape(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most 6 decimals (about 0.1 m), without exponent notation. */
export function coord(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** Escaping for the XML formats (GPX, KML). */

import { stripControlChars } from './control-chars';

// Noncharacters XML 1.0 forbids even escaped; the C0 controls it forbids go with stripControlChars.
const NONCHARACTERS = /[\ufffe\uffff]/g;

/** Text safe inside an element or a quoted attribute. */
export function xmlEscape(value: string): string {
  return stripControlChars(value)
    .replace(NONCHARACTERS, '')
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

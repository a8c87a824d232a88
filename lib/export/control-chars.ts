/**
 * One rule for control characters in exported text. A NUL, vertical tab or escape sequence in a
 * place name or a note is invisible in the app but breaks the files we write: XML parsers reject
 * the document, calendars and spreadsheets show garbage or cut the value, PDF fonts have no glyph.
 */

// C0 controls except tab, LF and CR; DEL; the C1 controls (U+0080–U+009F).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * `value` without control characters. Tab, LF and CR stay: CSV quotes them, ICS escapes line breaks
 * and allows tabs, XML allows all three; the PDF writer turns them into what pdfkit can set.
 */
export function stripControlChars(value: string): string {
  return value.replace(CONTROLS, '');
}

/**
 * Khmer dates, durations and money as CLDR writes them (what Node prints on the server). Some
 * browsers (Debian's Chromium among them) ship without Khmer locale data and would re-render these
 * in English after hydration, so Khmer pages format them here instead of through Intl.
 */

export const KM_WEEKDAYS = ['អាទិត្យ', 'ចន្ទ', 'អង្គារ', 'ពុធ', 'ព្រហស្បតិ៍', 'សុក្រ', 'សៅរ៍'];
const KM_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const KM_SYMBOLS: Record<string, string> = { USD: '$', KRW: '₩', KHR: '៛' };

/** The parts of an ISO date, named in Khmer. */
export function kmDate(isoDate: string): { weekday: string; day: number; month: string; year: number } {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return { weekday: KM_WEEKDAYS[d.getUTCDay()] as string, day: d.getUTCDate(), month: KM_MONTHS[d.getUTCMonth()] as string, year: d.getUTCFullYear() };
}

/** "1 ម៉ោង 20 នាទី". */
export function kmDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? `${hours} ម៉ោង` : '', rest > 0 || hours === 0 ? `${rest} នាទី` : ''].filter(Boolean).join(' ');
}

/** Digits grouped as CLDR's Khmer does ("8,012"). */
export function kmGrouped(value: number, digits: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/** "3,631$", "60,000₩" (symbol after the amount, as CLDR's Khmer puts it). */
export function kmCurrency(amount: number, code: string): string {
  return `${kmGrouped(amount, code === 'USD' && amount < 100 && !Number.isInteger(amount) ? 2 : 0)}${KM_SYMBOLS[code] ?? ` ${code}`}`;
}

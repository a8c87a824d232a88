/**
 * Collapses month numbers (1–12) into runs, wrapping over the new year: [11, 12, 1, 2, 3] becomes
 * [[11, 3]]; [1, 2, 6] becomes [[1, 2], [6, 6]]. Runs start at the first month after a gap.
 */
export function monthRanges(months: readonly number[]): [number, number][] {
  const set = new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12));
  if (set.size === 0) return [];
  if (set.size === 12) return [[1, 12]];
  const next = (m: number) => (m % 12) + 1;
  const prev = (m: number) => ((m + 10) % 12) + 1;
  const starts = [...set].filter((m) => !set.has(prev(m))).sort((a, b) => a - b);
  return starts.map((start) => {
    let end = start;
    while (set.has(next(end))) end = next(end);
    return [start, end];
  });
}

/** "November – March, June": runs joined with the locale's month names from `monthName`. */
export function formatMonthRanges(months: readonly number[], monthName: (month: number) => string): string {
  return monthRanges(months)
    .map(([start, end]) => (start === end ? monthName(start) : `${monthName(start)} – ${monthName(end)}`))
    .join(', ');
}

/** A mid-month UTC date for month 1–12, so no time zone moves it into the neighbouring month. */
export function monthDate(month: number): Date {
  return new Date(Date.UTC(2026, month - 1, 15));
}

import { describe, expect, it } from 'vitest';
import { formatMonthRanges, monthRanges } from '@/components/destinations/month-ranges';

describe('monthRanges', () => {
  it('joins consecutive months and wraps over the new year', () => {
    expect(monthRanges([11, 12, 1, 2, 3])).toEqual([[11, 3]]);
    expect(monthRanges([1, 2, 6])).toEqual([[1, 2], [6, 6]]);
    expect(monthRanges([4, 5, 9, 10, 11])).toEqual([[4, 5], [9, 11]]);
  });

  it('handles every month, none and junk', () => {
    expect(monthRanges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual([[1, 12]]);
    expect(monthRanges([])).toEqual([]);
    expect(monthRanges([0, 13, 2.5, 7])).toEqual([[7, 7]]);
  });

  it('formats runs with the given month names', () => {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    expect(formatMonthRanges([12, 1, 2, 6], (m) => names[m - 1] ?? '?')).toBe('Jun, Dec – Feb');
  });
});

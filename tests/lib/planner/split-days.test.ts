import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDays } from '@/lib/planner/trip-frame';

describe('splitDays', () => {
  it('gives every destination at least one day and uses every day (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 500, noNaN: true }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 25 }), (worths, extra) => {
        const total = worths.length + extra;
        const counts = splitDays(worths, total);
        expect(counts).toHaveLength(worths.length);
        expect(counts.every((c) => c >= 1)).toBe(true);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('gives more days to the destination worth more', () => {
    expect(splitDays([300, 100], 8)).toEqual([6, 2]);
    expect(splitDays([100, 100, 100], 9)).toEqual([3, 3, 3]);
  });
});

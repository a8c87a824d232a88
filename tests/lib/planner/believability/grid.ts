/**
 * The grid of requests the believability suite runs its rules over: both directions, every
 * destination, start dates across the holidays and seasons that change what is open or wise
 * (Seollal, Chuseok, Khmer New Year, Pchum Ben, the Cambodian hot season, the monsoon, winter),
 * parties with and without children, every pace.
 */
import fc from 'fast-check';
import type { PlanRequestInput } from '@/lib/planner/request';
import { addDays } from '@/lib/time/local-time';
import { INTERESTS, slugsOf } from '../support';

/** Dates a few days before the moments that matter, so trips run across them. */
const ANCHOR_DATES = [
  '2027-02-04', // Seollal 2027-02-06..08
  '2027-09-12', // Chuseok 2027-09-14..16
  '2027-04-11', // Khmer New Year 2027-04-14..16, the hot season
  '2027-03-20', // hot season
  '2027-05-08', // hot season's end
  '2027-08-02', // monsoon
  '2027-09-26', // Pchum Ben
  '2027-01-11', // dry, cool season; an ordinary winter week
  '2027-06-21', // an ordinary summer week
] as const;

/** One request of the grid. */
export const gridRequestArb: fc.Arbitrary<PlanRequestInput> = fc
  .constantFrom('KR_TO_KH' as const, 'KH_TO_KR' as const)
  .chain((direction) => {
    const slugs = slugsOf(direction === 'KR_TO_KH' ? 'KH' : 'KR');
    return fc.record({
      direction: fc.constant(direction),
      startDate: fc.tuple(fc.constantFrom(...ANCHOR_DATES), fc.integer({ min: -3, max: 3 })).map(([date, shift]) => addDays(date, shift)),
      days: fc.integer({ min: 3, max: 14 }),
      destinations: fc.option(fc.subarray(slugs, { minLength: 1 }), { nil: undefined }),
      pace: fc.constantFrom('relaxed' as const, 'balanced' as const, 'packed' as const),
      budget: fc.constantFrom('budget' as const, 'mid' as const, 'luxury' as const),
      interests: fc.dictionary(fc.constantFrom(...INTERESTS), fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 3 }),
      travellers: fc.record({ adults: fc.integer({ min: 1, max: 4 }), children: fc.constantFrom(0, 0, 1, 2) }),
    });
  });

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChange, parseChange, TRIP_FIELDS, type PlanChange } from '@/lib/plans/change';
import { planEdit } from '@/lib/plans/edits';

const placeId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const day = fc.integer({ min: 1, max: 30 });
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const change: fc.Arbitrary<PlanChange> = fc.oneof(
  fc.constant({ kind: 'created' as const }),
  placeId.map((id) => ({ kind: 'removed' as const, placeId: id })),
  fc.record({ kind: fc.constant('added' as const), placeId }, { requiredKeys: ['kind', 'placeId'] }),
  fc.record({ kind: fc.constant('added' as const), placeId, day }),
  fc.record({ kind: fc.constant('moved' as const), placeId, day }),
  fc.record({ kind: fc.constant('pinned' as const), placeId, day }),
  fc.record({ kind: fc.constant('pinned' as const), placeId, day, start: clock }),
  placeId.map((id) => ({ kind: 'unpinned' as const, placeId: id })),
  day.map((d) => ({ kind: 'reordered' as const, day: d })),
  fc.uniqueArray(fc.constantFrom(...TRIP_FIELDS), { minLength: 1 }).map((fields) => ({ kind: 'changed' as const, fields })),
  fc.constant({ kind: 'replanned' as const }),
  fc.integer({ min: 1, max: 500 }).map((revision) => ({ kind: 'restored' as const, revision })),
);

describe('revision changes', () => {
  it('read back exactly what was written, for every kind (property)', () => {
    fc.assert(
      fc.property(change, (c) => {
        expect(parseChange(describeChange(c))).toEqual(c);
      }),
      { numRuns: 500 },
    );
  });

  it('keep the sentences the API documents', () => {
    expect(describeChange({ kind: 'moved', placeId: 'seoul-gyeongbokgung', day: 3 })).toBe('moved seoul-gyeongbokgung to day 3');
    expect(describeChange({ kind: 'pinned', placeId: 'seoul-n-seoul-tower', day: 2, start: '19:30' })).toBe('pinned seoul-n-seoul-tower to day 2 at 19:30');
    expect(describeChange({ kind: 'changed', fields: ['days', 'pace'] })).toBe('changed days, pace');
    expect(describeChange({ kind: 'restored', revision: 1 })).toBe('restored revision 1');
  });

  it('answers null for text it did not write', () => {
    expect(parseChange('x')).toBeNull();
    expect(parseChange('moved to day 3')).toBeNull();
    expect(parseChange('changed days; drop table')).toBeNull();
  });

  it('know every trip field an update_trip edit accepts', () => {
    const updateTrip = planEdit.options.find((option) => 'shape' in option && option.shape.type.value === 'update_trip');
    expect(updateTrip).toBeDefined();
    const fields = Object.keys((updateTrip as { shape: Record<string, unknown> }).shape).filter((key) => key !== 'type' && key !== 'baseRevision');
    expect([...fields].sort()).toEqual([...TRIP_FIELDS].sort());
  });
});

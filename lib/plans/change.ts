/**
 * What a revision changed. The API and the database keep it as a short English sentence
 * ("moved gyeongbokgung to day 3"); `describeChange` writes that sentence and `parseChange` reads it
 * back, so pages can show it in the reader's language. Both live here so the format has one owner
 * (tests/lib/plans/change.test.ts checks that every change survives the round trip).
 */

export type PlanChange =
  | { kind: 'created' }
  | { kind: 'removed'; placeId: string }
  | { kind: 'added'; placeId: string; day?: number }
  | { kind: 'moved'; placeId: string; day: number }
  | { kind: 'pinned'; placeId: string; day: number; start?: string }
  | { kind: 'unpinned'; placeId: string }
  | { kind: 'reordered'; day: number }
  | { kind: 'changed'; fields: string[] }
  | { kind: 'replanned' }
  | { kind: 'restored'; revision: number };

/** The English sentence stored with a revision. */
export function describeChange(change: PlanChange): string {
  switch (change.kind) {
    case 'created':
      return 'created';
    case 'removed':
      return `removed ${change.placeId}`;
    case 'added':
      return change.day === undefined ? `added ${change.placeId}` : `added ${change.placeId} to day ${change.day}`;
    case 'moved':
      return `moved ${change.placeId} to day ${change.day}`;
    case 'pinned':
      return `pinned ${change.placeId} to day ${change.day}${change.start ? ` at ${change.start}` : ''}`;
    case 'unpinned':
      return `unpinned ${change.placeId}`;
    case 'reordered':
      return `reordered day ${change.day}`;
    case 'changed':
      return `changed ${change.fields.join(', ')}`;
    case 'replanned':
      return 're-planned';
    case 'restored':
      return `restored revision ${change.revision}`;
  }
}

/** The trip fields an `update_trip` edit can change (the `changed` kind lists some of them). */
export const TRIP_FIELDS = ['startDate', 'days', 'pace', 'interests', 'budget', 'travellers', 'destinations', 'keepOrder', 'locale'] as const;
export type TripField = (typeof TRIP_FIELDS)[number];

export function isTripField(field: string): field is TripField {
  return (TRIP_FIELDS as readonly string[]).includes(field);
}

const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const N = '(\\d+)';
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => PlanChange][] = [
  [/^created$/, () => ({ kind: 'created' })],
  [new RegExp(`^removed ${ID}$`), (m) => ({ kind: 'removed', placeId: m[1]! })],
  [new RegExp(`^added ${ID}(?: to day ${N})?$`), (m) => ({ kind: 'added', placeId: m[1]!, ...(m[2] ? { day: Number(m[2]) } : {}) })],
  [new RegExp(`^moved ${ID} to day ${N}$`), (m) => ({ kind: 'moved', placeId: m[1]!, day: Number(m[2]) })],
  [new RegExp(`^pinned ${ID} to day ${N}(?: at (\\d{2}:\\d{2}))?$`), (m) => ({ kind: 'pinned', placeId: m[1]!, day: Number(m[2]), ...(m[3] ? { start: m[3] } : {}) })],
  [new RegExp(`^unpinned ${ID}$`), (m) => ({ kind: 'unpinned', placeId: m[1]! })],
  [new RegExp(`^reordered day ${N}$`), (m) => ({ kind: 'reordered', day: Number(m[1]) })],
  [/^changed ([a-zA-Z]+(?:, [a-zA-Z]+)*)$/, (m) => ({ kind: 'changed', fields: m[1]!.split(', ') })],
  [/^re-planned$/, () => ({ kind: 'replanned' })],
  [new RegExp(`^restored revision ${N}$`), (m) => ({ kind: 'restored', revision: Number(m[1]) })],
];

/** Reads a stored sentence back; null for text this module did not write. */
export function parseChange(text: string): PlanChange | null {
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return build(match);
  }
  return null;
}

import type { CountryCode } from '@/lib/data/schema';
import type { Locale } from '@/lib/i18n/locale';

/** The two ways through the product; the query value of the home page's ?direction=. */
export const DIRECTIONS = ['to-cambodia', 'to-korea'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Where travellers in each direction go. */
export const DIRECTION_DESTINATION_COUNTRY: Record<Direction, CountryCode> = {
  'to-cambodia': 'KH',
  'to-korea': 'KR',
};

/** The likelier direction for a reader of each language, used until they choose. */
export const DEFAULT_DIRECTION: Record<Locale, Direction> = {
  en: 'to-cambodia',
  ko: 'to-cambodia',
  km: 'to-korea',
};

export function parseDirection(value: unknown): Direction | undefined {
  return typeof value === 'string' && (DIRECTIONS as readonly string[]).includes(value) ? (value as Direction) : undefined;
}

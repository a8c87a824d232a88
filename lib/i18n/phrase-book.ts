/** Server-side text in the product's three languages (itineraries, exports), with `{name}` placeholders. */
import type { Locale } from '@/lib/i18n/locale';

/** One phrase in every locale. */
export type Phrase = Record<Locale, string>;

/** A lookup over a table of phrases: the phrase in `locale` with its placeholders filled in (unknown ones kept). */
export function phraseBook<Key extends string>(table: Record<Key, Phrase>) {
  return (locale: Locale, key: Key, values: Record<string, string | number> = {}): string =>
    table[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

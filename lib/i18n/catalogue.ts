/**
 * The product's one message catalogue (messages/{en,ko,km}.json) for code outside React: the
 * itinerary's coded texts (namespace Plan), the words of the exports (Document), travel modes (Modes)
 * and cost kinds (Itinerary.costKinds). Pages read the same files through next-intl, so a text is
 * written once and reads alike on the web, in the API and in every export.
 */
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import km from '@/messages/km.json';
import ko from '@/messages/ko.json';
import type { Locale } from '@/lib/i18n/locale';

/** The catalogue's shape; en.json defines it and tests/components/messages.test.ts keeps ko and km in step. */
export type Messages = typeof en;

/** A code of the itinerary's coded texts (lib/planner/itinerary.ts). */
export type MessageCode = keyof Messages['Plan'];

/** A word or sentence of the exports. */
export type DocumentLabel = keyof Messages['Document'];

const MESSAGES: Record<Locale, Messages> = { en, ko, km };

function makeTranslator(locale: Locale) {
  // Only strings and numbers are formatted here; UTC keeps use-intl from guessing a zone.
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'UTC' });
}

type Translator = ReturnType<typeof makeTranslator>;
const translators = new Map<Locale, Translator>();

/** The catalogue's translator for `locale` (made once per locale). */
export function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/** Every message code, for tests that check each one renders in every locale. */
export const MESSAGE_CODES = Object.keys(en.Plan) as MessageCode[];

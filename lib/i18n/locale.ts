/**
 * The languages Bridgeway speaks: the one list that routing, the planner's request schema, exports
 * and the UI derive from. Adding a language starts here (then messages/, and the texts in the data).
 * Plain constants, no zod: the proxy imports this through i18n/routing on every request.
 */
export const LOCALES = ['en', 'ko', 'km'] as const;
export type Locale = (typeof LOCALES)[number];

/** English is the fallback when a request or a browser names none of ours. */
export const DEFAULT_LOCALE: Locale = 'en';

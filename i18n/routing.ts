/**
 * The one definition of which locales exist and how they appear in URLs; the proxy, the navigation
 * helpers and the request config all derive from it.
 */
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ko', 'km'],
  // English is the fallback when Accept-Language names none of ours.
  defaultLocale: 'en',
  // Every page carries its locale (/en, /ko, /km) so shared links always open in the same language.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

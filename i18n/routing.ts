/**
 * The one definition of which locales exist and how they appear in URLs; the proxy, the navigation
 * helpers and the request config all derive from it.
 */
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locale';

export const routing = defineRouting({
  locales: LOCALES,
  // Also the fallback when Accept-Language names none of ours.
  defaultLocale: DEFAULT_LOCALE,
  // Every page carries its locale (/en, /ko, /km) so shared links always open in the same language.
  localePrefix: 'always',
  // No `Link: …; rel="alternate"` header from the proxy: next-intl builds its URLs from the request's
  // Host / X-Forwarded-Host, which a cache in front would then serve to everyone. The pages' metadata
  // names the other languages with relative links instead.
  alternateLinks: false,
});

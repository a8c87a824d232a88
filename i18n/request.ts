/**
 * Per-request i18n config read by next-intl's server APIs (wired in next.config.ts by the plugin):
 * picks the locale from the [locale] segment and loads that locale's messages only.
 */
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locale';
import { routing } from './routing';

/**
 * Dates and times are shown in the traveller's home zone: Koreans read Korean time, Khmer readers
 * Cambodian time. English readers may be either, so they get UTC (places show local hours anyway).
 */
export const LOCALE_TIME_ZONE: Record<Locale, string> = {
  en: 'UTC',
  ko: 'Asia/Seoul',
  km: 'Asia/Phnom_Penh',
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: LOCALE_TIME_ZONE[locale],
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});

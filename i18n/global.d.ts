// Types next-intl's APIs against our locales and the English messages, so a missing or misspelled
// key fails `tsc` instead of showing the raw key to a traveller.
import type { Locale } from '@/lib/i18n/locale';
import type messages from '../messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}

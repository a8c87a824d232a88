import { render, type RenderOptions } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { StrictMode, type ReactElement, type ReactNode } from 'react';
import en from '@/messages/en.json';
import km from '@/messages/km.json';
import ko from '@/messages/ko.json';

const MESSAGES = { en, ko, km };

/** Renders under StrictMode (double effects catch leaks) with the messages of `locale` (English by default). */
export function renderWithIntl(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>, locale: keyof typeof MESSAGES = 'en') {
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <StrictMode>
        <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
          {children}
        </NextIntlClientProvider>
      </StrictMode>
    );
  }
  return render(ui, { wrapper: Wrapper, ...options });
}

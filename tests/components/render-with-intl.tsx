import { render, type RenderOptions } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { StrictMode, type ReactElement, type ReactNode } from 'react';
import en from '@/messages/en.json';

/** Renders under StrictMode (double effects catch leaks) with the English messages. */
export function renderWithIntl(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <StrictMode>
        <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
          {children}
        </NextIntlClientProvider>
      </StrictMode>
    );
  }
  return render(ui, { wrapper: Wrapper, ...options });
}

import { routing } from '@/i18n/routing';

/**
 * Reached only by paths the proxy does not localise (e.g. /missing.txt); every other 404 renders
 * app/[locale]/not-found.tsx in the visitor's language. No locale is known here, so it offers all.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="status-page">
          <h1 className="status-page__title">Page not found</h1>
          <ul className="status-page__links">
            {routing.locales.map((locale) => (
              <li key={locale}>
                <a href={`/${locale}`} lang={locale}>
                  {{ en: 'Home', ko: '홈으로', km: 'ទំព័រដើម' }[locale]}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}

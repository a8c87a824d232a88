/**
 * Next 16 proxy (formerly middleware): sends / and any path without a locale to /{locale}/…,
 * choosing the locale from the NEXT_LOCALE cookie, then Accept-Language, then English.
 */
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Pages only: API routes, Next internals and files with an extension (favicon.ico, fonts) pass through.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};

/** Locale-aware wrappers of Next's Link and navigation hooks: hrefs are written without the locale. */
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);

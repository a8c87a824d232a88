import type { ReactNode } from 'react';
import './globals.css';

/**
 * The real root layout is app/[locale]/layout.tsx, which knows the locale and so writes <html lang>.
 * This one only exists because app/not-found.tsx (requests outside any locale) needs a parent.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

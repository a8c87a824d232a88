import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { APP_NAME } from '@/lib/config/app-info';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${APP_NAME} — Korea ⇄ Cambodia trip planner`, template: `%s · ${APP_NAME}` },
  description: 'Plan day-by-day trips between South Korea and Cambodia, on real opening hours and travel times.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f3d3e' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3', 'pdfkit', '@expo-google-fonts/noto-sans-kr', '@expo-google-fonts/noto-sans-khmer'],
  poweredByHeader: false,
  typedRoutes: false,
};

// Points next-intl's server APIs at i18n/request.ts (the per-request locale and messages).
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);

import packageJson from '@/package.json';

/** The product's name as shown to users (a working name). */
export const APP_NAME = 'Bridgeway';

/** The running version, from package.json, reported by /api/health. */
export const APP_VERSION: string = packageJson.version;

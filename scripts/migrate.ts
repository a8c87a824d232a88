/** `npm run db:migrate`: creates the database if needed and applies pending migrations. */
import { preflight } from './lib/preflight';

preflight();

/**
 * `?locale=en|ko|km` on API reads and exports: the language of the words added to an itinerary.
 * Without it the answer speaks the plan's own language (its request's locale).
 */
import { ValidationError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/locale';
import { locale as localeSchema } from '@/lib/planner/request';

/** The `locale` query parameter of `request`, or `fallback` when absent; a 400 naming `locale` when not one of ours. */
export function localeQuery(request: Request, fallback: Locale): Locale {
  const value = new URL(request.url).searchParams.get('locale');
  if (value === null) return fallback;
  const parsed = localeSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reason = `must be one of ${localeSchema.options.join(', ')}`;
  throw new ValidationError(`Invalid locale "${value}": ${reason}.`, [{ field: 'locale', reason }]);
}

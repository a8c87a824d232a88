import { useFormatter } from 'next-intl';
import { formatMonthRanges, monthDate } from './month-ranges';

/** "November – March" (or "Nov – Mar, Jun") in the page language, from a destination's bestMonths. */
export function BestMonths({ months, style = 'long' }: { months: readonly number[]; style?: 'long' | 'short' }) {
  const format = useFormatter();
  return <>{formatMonthRanges(months, (month) => format.dateTime(monthDate(month), { month: style, timeZone: 'UTC' }))}</>;
}

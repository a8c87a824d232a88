'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { KM_WEEKDAYS, kmCurrency, kmDuration } from '@/components/layout/khmer-format';
import { useCallback, useMemo } from 'react';
import type { Money } from '@/lib/data/schema';
import type { WeekdayHours } from './explorer-types';

/** A Monday in UTC: weekday n (1 = Monday) is this date plus n − 1 days. */
const REFERENCE_MONDAY_UTC = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

export interface HoursRow {
  /** "Mon" or "Mon – Fri" in the page language. */
  days: string;
  /** "9:00 AM – 6:00 PM, 7:00 PM – 10:00 PM", or the translated "Closed" / "Open 24 hours". */
  hours: string;
}

function sameIntervals(a: WeekdayHours, b: WeekdayHours): boolean {
  return a.intervals.length === b.intervals.length && a.intervals.every(([s, e], i) => s === b.intervals[i]?.[0] && e === b.intervals[i]?.[1]);
}

/** Locale-aware formatting of the explorer's numbers, money, durations and weekly hours. */
export function usePlaceFormat() {
  const format = useFormatter();
  const t = useTranslations('Place');
  const khmer = useLocale() === 'km';

  // Wall-clock values are computed in UTC so the viewer's own time zone cannot shift them.
  const minuteOfDay = useCallback(
    (minutes: number) => format.dateTime(new Date(REFERENCE_MONDAY_UTC + (minutes % 1440) * 60_000), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
    [format],
  );
  const weekday = useCallback(
    (isoWeekday: number) =>
      khmer ? (KM_WEEKDAYS[isoWeekday % 7] as string) : format.dateTime(new Date(REFERENCE_MONDAY_UTC + (isoWeekday - 1) * DAY_MS), { weekday: 'short', timeZone: 'UTC' }),
    [format, khmer],
  );
  const money = useCallback(
    (value: Money) => khmer ? kmCurrency(value.amount, value.currency) : format.number(value.amount, { style: 'currency', currency: value.currency, maximumFractionDigits: value.currency === 'USD' && !Number.isInteger(value.amount) ? 2 : 0 }),
    [format, khmer],
  );
  /** "45 minutes", "2 hours", "1 hr 20 min" (Intl unit names, so ko reads 1시간 20분). */
  const duration = useCallback(
    (minutes: number) => {
      if (khmer) return kmDuration(minutes);
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return format.number(rest, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
      if (rest === 0) return format.number(hours, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
      return `${format.number(hours, { style: 'unit', unit: 'hour', unitDisplay: 'short' })} ${format.number(rest, { style: 'unit', unit: 'minute', unitDisplay: 'short' })}`;
    },
    [format, khmer],
  );
  /** Consecutive days with the same hours collapse into one row ("Tue – Sun 8:30 AM – 5:30 PM"). */
  const weekRows = useCallback(
    (week: readonly WeekdayHours[]): HoursRow[] => {
      const groups: WeekdayHours[][] = [];
      for (const day of week) {
        const last = groups[groups.length - 1];
        const head = last?.[0];
        if (last && head && sameIntervals(head, day)) last.push(day);
        else groups.push([day]);
      }
      return groups.map((group) => {
        const first = group[0] as WeekdayHours;
        const lastDay = group[group.length - 1] as WeekdayHours;
        const days = group.length === 1 ? weekday(first.weekday) : `${weekday(first.weekday)} – ${weekday(lastDay.weekday)}`;
        let hours: string;
        if (first.intervals.length === 0) hours = t('closed');
        else if (first.intervals.length === 1 && first.intervals[0]?.[0] === 0 && first.intervals[0]?.[1] === 1440) hours = t('openAllDay');
        else hours = first.intervals.map(([s, e]) => `${minuteOfDay(s)} – ${minuteOfDay(e)}`).join(', ');
        return { days, hours };
      });
    },
    [minuteOfDay, t, weekday],
  );

  return useMemo(() => ({ minuteOfDay, weekday, money, duration, weekRows }), [minuteOfDay, weekday, money, duration, weekRows]);
}

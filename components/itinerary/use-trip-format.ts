'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { usePlaceFormat } from '@/components/explorer/use-place-format';
import { kmCurrency, kmDate, kmDuration, kmGrouped } from '@/components/layout/khmer-format';

/** "2026-12-21T09:30:00+09:00" → its local wall-clock as a UTC Date (so no viewer zone can shift it). */
function wallClock(iso: string): Date {
  return new Date(`${iso.slice(0, 19)}Z`);
}

/** Whole local days from the start's local date to the end's (1 when a flight lands the next day). */
export function dayShift(startIso: string, endIso: string): number {
  return Math.round((Date.parse(`${endIso.slice(0, 10)}T00:00:00Z`) - Date.parse(`${startIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** Minutes between two ISO instants (their offsets included). */
export function minutesBetween(startIso: string, endIso: string): number {
  return Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
}

/** Locale-aware formatting for itineraries: local clock times, zone labels, dates, money, distances. */
export function useTripFormat() {
  const format = useFormatter();
  const t = useTranslations('Itinerary');
  const place = usePlaceFormat();
  const locale = useLocale();

  return useMemo(() => {
    const clock = (iso: string) => format.dateTime(wallClock(iso), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    /** "Korea time (UTC+9)" for +09:00, "Cambodia time (UTC+7)" for +07:00. */
    const zone = (iso: string) => {
      const offset = iso.slice(19);
      if (offset === '+09:00') return `${t('zoneKorea')} (UTC+9)`;
      if (offset === '+07:00') return `${t('zoneCambodia')} (UTC+7)`;
      return `UTC${offset}`;
    };
    const date = (isoDate: string, style: 'short' | 'long' = 'short') => {
      if (locale === 'km') {
        const k = kmDate(isoDate);
        return `${k.weekday} ${k.day} ${k.month}`;
      }
      return format.dateTime(new Date(`${isoDate}T00:00:00Z`), style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' } : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    };
    const dateRange = (from: string, to: string) => {
      if (locale === 'km') {
        const a = kmDate(from);
        const b = kmDate(to);
        return a.month === b.month && a.year === b.year ? `${a.day} – ${b.day} ${b.month} ${b.year}` : `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
      }
      return format.dateTimeRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    };
    /** A moment in the viewer's own zone (when a plan was saved or opened), optionally with its time. */
    const timestamp = (iso: string, withTime = false) => {
      const moment = new Date(iso);
      const time = withTime ? ` ${format.dateTime(moment, { hour: 'numeric', minute: '2-digit' })}` : '';
      if (locale === 'km') {
        const k = kmDate(`${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`);
        return `${k.day} ${k.month} ${k.year}${time}`;
      }
      return format.dateTime(moment, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
    };
    const count = (value: number) => format.number(value);
    const currency = (amount: number, code: string) =>
      format.number(amount, { style: 'currency', currency: code, maximumFractionDigits: code === 'USD' && amount < 100 && !Number.isInteger(amount) ? 2 : 0 });
    const km = (value: number) => format.number(value, { style: 'unit', unit: 'kilometer', maximumFractionDigits: value < 10 ? 1 : 0 });
    if (locale === 'km') {
      // As CLDR's Khmer formats them ("3,631$", "8,012 គម"), independent of the browser's locale data.
      return {
        clock,
        zone,
        date,
        dateRange,
        timestamp,
        currency: kmCurrency,
        km: (value: number) => `${kmGrouped(value, value < 10 ? 1 : 0)} គម`,
        count,
        duration: kmDuration,
        minuteOfDay: place.minuteOfDay,
        money: (value: { amount: number; currency: string }) => kmCurrency(value.amount, value.currency),
      };
    }
    return { clock, zone, date, dateRange, timestamp, currency, km, count, duration: place.duration, minuteOfDay: place.minuteOfDay, money: place.money };
  }, [format, t, place, locale]);
}

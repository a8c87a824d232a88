/** Sunrise and sunset for a place and local date (suncalc), as minutes after local midnight. */
import * as SunCalc from 'suncalc';
import { localToInstant, type IsoDate } from '@/lib/time/local-time';
import type { LatLon } from './distance';

export interface SunTimes {
  sunrise: number;
  sunset: number;
}

/** Sun times for `date` at `point`, in minutes after local midnight in `timeZone`. */
export function sunTimes(date: IsoDate, point: LatLon, timeZone: string): SunTimes {
  // Ask for local noon so suncalc picks the right solar day.
  const noon = localToInstant(date, 12 * 60, timeZone);
  const times = SunCalc.getTimes(noon, point.lat, point.lon);
  const midnight = localToInstant(date, 0, timeZone).getTime();
  // suncalc answers null only in polar day or night, which none of our destinations has; 06:00/18:00 keeps the type total.
  const toMinutes = (d: Date | null, fallback: number) => (d ? Math.round((d.getTime() - midnight) / 60_000) : fallback);
  return { sunrise: toMinutes(times.sunrise, 360), sunset: toMinutes(times.sunset, 1080) };
}

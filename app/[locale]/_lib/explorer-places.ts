import 'server-only';
import { isPublicHoliday } from '@/lib/data/holidays';
import { openIntervals } from '@/lib/data/opening-hours';
import { addDays } from '@/lib/time/local-time';
import type { Destination, LocalizedText, Place } from '@/lib/data/schema';
import type { ExplorerFee, ExplorerPlace, WeekdayHours } from '@/components/explorer/explorer-types';

type Lang = keyof LocalizedText;

/**
 * A Monday-to-Sunday week without public holidays in the country, so the weekly table shows the
 * regular hours; holiday closures are reported separately. Starts from a fixed Monday so the
 * table is the same on every render.
 */
function ordinaryWeek(destination: Destination): string[] {
  let monday = '2026-03-02';
  for (let attempt = 0; attempt < 20; attempt++) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    if (!days.some((day) => isPublicHoliday(destination.country, day))) return days;
    monday = addDays(monday, 7);
  }
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

function weekOf(openingHours: string, destination: Destination, lat: number, lon: number, days: string[]): WeekdayHours[] | null {
  try {
    return days.map((day, index) => ({
      weekday: index + 1,
      intervals: openIntervals(openingHours, destination.country, day, destination.timezone, { lat, lon }),
    }));
  } catch {
    // The catalog validates hours at load; if one still cannot be evaluated, show "check locally".
    return null;
  }
}

/** A place's entry fee in `lang`, with a pass named rather than referenced by id. */
export function toExplorerFee(place: Place, destination: Destination, lang: Lang): ExplorerFee {
  if (place.fee.kind === 'free') return { kind: 'free' };
  if (place.fee.kind === 'ticket') {
    return { kind: 'ticket', adult: place.fee.adult, ...(place.fee.child ? { child: place.fee.child } : {}), ...(place.fee.note ? { note: place.fee.note[lang] } : {}) };
  }
  const passId = place.fee.passId;
  const pass = destination.passes.find((p) => p.id === passId);
  return { kind: 'pass', passName: pass ? pass.name[lang] : passId };
}

/** The destination's places in `lang`, with evaluated weekly hours, in catalog order. */
export function toExplorerPlaces(destination: Destination, lang: Lang): ExplorerPlace[] {
  const days = ordinaryWeek(destination);
  return destination.places.map((place) => {
    const fee = toExplorerFee(place, destination, lang);
    return {
      id: place.id,
      name: place.name[lang],
      description: place.description[lang],
      address: place.address,
      category: place.category,
      lat: place.lat,
      lon: place.lon,
      approximateLocation: place.approximateLocation,
      visitMinutes: place.visitMinutes,
      ...(place.bestTime ? { bestTime: place.bestTime } : {}),
      week: weekOf(place.openingHours, destination, place.lat, place.lon, days),
      // Plain `PH … off` only: `PH[seollal:2] off` or a moved closing day is not "closed on holidays".
      closedOnPublicHolidays: /\bPH\b(?!\[)[^;]*\boff\b/.test(place.openingHours.replace(/"[^"]*"/g, '')),
      fee,
      booking: { required: place.booking.required, ...(place.booking.note ? { note: place.booking.note[lang] } : {}) },
    };
  });
}

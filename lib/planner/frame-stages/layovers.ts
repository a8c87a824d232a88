/** Nights spent at a connecting hub, because the next leg leaves only the next morning. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Hub } from '@/lib/data/schema';
import { addDays, localToInstant, type IsoDate } from '@/lib/time/local-time';
import type { TripSettings } from '../request';
import { bestStayArea } from '../stay-areas';
import type { FrameDay, ScheduledLeg } from '../trip-frame';
import { localMinutesOf } from './schedule-legs';

/** A wait between two legs this long that spans 02:00 local time needs a bed. */
const LAYOVER_MIN_MINUTES = 4 * 60;
const NIGHT_MINUTE = 2 * 60;

/**
 * Nights spent waiting at a hub inside a scheduled path, by local date of the evening: a wait of at
 * least LAYOVER_MIN_MINUTES between arriving at a hub and the next departure from it, spanning 02:00.
 */
function layoverNights(legs: readonly ScheduledLeg[]): Map<IsoDate, Hub> {
  const nights = new Map<IsoDate, Hub>();
  for (let i = 0; i + 1 < legs.length; i++) {
    const arrived = legs[i] as ScheduledLeg;
    const next = legs[i + 1] as ScheduledLeg;
    if (arrived.leg.kind !== 'link' || next.startMs - arrived.endMs < LAYOVER_MIN_MINUTES * 60_000) continue;
    const hub = arrived.leg.to;
    const landed = localMinutesOf(arrived.endMs, hub.timezone);
    // The first 02:00 after landing: tonight's if we land in the evening, else (after midnight) today's.
    const nightDate = landed.minutes < NIGHT_MINUTE ? landed.date : addDays(landed.date, 1);
    if (localToInstant(nightDate, NIGHT_MINUTE, hub.timezone).getTime() < next.startMs) nights.set(addDays(nightDate, -1), hub);
  }
  return nights;
}

/** The layover (if any) of each date of a trip whose flights there and back are `outbound` and `inbound`. */
export function layoversOf(outbound: readonly ScheduledLeg[], inbound: readonly ScheduledLeg[], request: TripSettings, catalog: Catalog): (date: IsoDate) => FrameDay['layover'] {
  const layovers = new Map([...layoverNights(outbound), ...layoverNights(inbound)]);
  return (date) => {
    const hub = layovers.get(date);
    if (!hub) return null;
    const served = hub.destination ? catalog.destinationsBySlug.get(hub.destination) : undefined;
    return { hub, priceFrom: served ? bestStayArea(served, request) : null };
  };
}

/**
 * Day by day: where the traveller sleeps, which destination each day belongs to, the moves between
 * destinations, and the window each day leaves for sightseeing.
 */
import type { Destination, StayArea, TimeZone } from '@/lib/data/schema';
import { addDays, daysBetween, localToInstant, type IsoDate } from '@/lib/time/local-time';
import type { TripSettings } from '../request';
import { stayAreasForNights } from '../stay-areas';
import type { TransitGraph, TransitLeg } from '../transit';
import type { FrameDay, ScheduledLeg } from '../trip-frame';
import { hubOf, leaveLate, localMinutesOf, scheduleForward, type FlightsThereAndBack } from './schedule-legs';
import { toStayAreas } from './transfer-ends';

/** Time to check in at the hotel or drop bags after arriving in a destination. */
const SETTLE_IN_MINUTES = 30;
/** Time to collect luggage before leaving a destination. */
const CHECK_OUT_MINUTES = 15;
/** A sightseeing window shorter than this is not worth planning. */
const MIN_WINDOW_MINUTES = 60;

/** The stay area of every night of each destination (the last destination's last day has no night). */
export function nightStayAreas(kept: readonly Destination[], counts: readonly number[], flights: FlightsThereAndBack, request: TripSettings): StayArea[][] {
  const { outbound, inbound } = flights;
  return kept.map((destination, b) => {
    const nights = (counts[b] as number) - (b === kept.length - 1 ? 1 : 0);
    const arrive = b === 0 ? hubOf(outbound[outbound.length - 1] as ScheduledLeg, 'to') : (kept[b - 1] as Destination).center;
    const leave = b === kept.length - 1 ? hubOf(inbound[0] as ScheduledLeg, 'from') : (kept[b + 1] as Destination).center;
    return stayAreasForNights(destination, nights, request, arrive, leave);
  });
}

/** What laying out the days needs to know. */
export interface DayLayout {
  request: TripSettings;
  kept: readonly Destination[];
  /** Days on the ground per destination. */
  counts: readonly number[];
  nightAreas: readonly StayArea[][];
  flights: FlightsThereAndBack;
  /** The zone the flights' local times are reckoned in (the first destination's). */
  zone: TimeZone;
  dayStart: number;
  dayEnd: number;
  graph: TransitGraph;
  homeCode: string;
  layoverOn: (date: IsoDate) => FrameDay['layover'];
}

/** Every day of the trip, and the moves between destinations in the order they happen. */
export function layOutDays(layout: DayLayout): { days: FrameDay[]; moves: ScheduledLeg[][] } {
  const { request, kept, counts, nightAreas, zone, dayStart, dayEnd, graph, homeCode, layoverOn } = layout;
  const { arrival, leave } = layout.flights;
  const days: FrameDay[] = [];
  const moves: ScheduledLeg[][] = [];
  let block = 0;
  let blockStart = arrival.date;
  for (let n = 1; n <= request.days; n++) {
    const date = addDays(request.startDate, n - 1);
    if (date < arrival.date || date > leave.date) {
      days.push({ dayNumber: n, date, destination: null, stayArea: null, window: null, morning: null, layover: layoverOn(date) });
      continue;
    }
    if (daysBetween(blockStart, date) >= (counts[block] as number) && block < kept.length - 1) {
      block++;
      blockStart = date;
    }
    const destination = kept[block] as Destination;
    let start = dayStart;
    let end = dayEnd;
    if (date === arrival.date) start = Math.max(start, arrival.minutes + SETTLE_IN_MINUTES);
    let morning: FrameDay['morning'] = null;
    if (date === blockStart && block > 0) {
      const previous = kept[block - 1] as Destination;
      const path = graph.between(previous.slug, destination.slug) as TransitLeg[];
      const lastNight = (days[days.length - 1] as FrameDay).stayArea;
      const tonight = (nightAreas[block] as StayArea[])[0] ?? null;
      const move = toStayAreas(leaveLate(scheduleForward(path, localToInstant(date, dayStart, zone).getTime(), homeCode), homeCode), lastNight, tonight, kept, request);
      moves.push(move);
      const arrived = localMinutesOf((move[move.length - 1] as ScheduledLeg).endMs, zone);
      start = arrived.date === date ? Math.max(start, arrived.minutes + SETTLE_IN_MINUTES) : 24 * 60;
      // The morning before the move belongs to the previous destination (back at the hotel for the bags).
      const departs = localMinutesOf((move[0] as ScheduledLeg).startMs, zone);
      const morningEnd = departs.date === date ? departs.minutes - CHECK_OUT_MINUTES : -Infinity;
      if (morningEnd - dayStart >= MIN_WINDOW_MINUTES) {
        morning = { destination: previous, stayArea: (days[days.length - 1] as FrameDay).stayArea as StayArea, window: { start: dayStart, end: morningEnd } };
      }
    }
    if (date === leave.date) end = Math.min(end, leave.minutes - CHECK_OUT_MINUTES);
    const window = end - start >= MIN_WINDOW_MINUTES ? { start, end } : null;
    // Tonight's area; on the day of leaving, last night's (where the bags are).
    const areas = nightAreas[block] as StayArea[];
    const stayArea = areas[Math.min(daysBetween(blockStart, date), areas.length - 1)] as StayArea;
    days.push({ dayNumber: n, date, destination, stayArea, window, morning, layover: null });
  }
  return { days, moves };
}

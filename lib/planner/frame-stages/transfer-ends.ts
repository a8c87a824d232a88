/**
 * The city end of each transfer: the stay area the traveller sleeps in, not the destination's
 * centre. A transfer from a hub ends at tonight's stay area; one to a hub starts from where the bags
 * were last night (so a note never says "to central Seoul" of a ride to Gimpo or to a Hongdae hotel).
 */
import type { FrameDay, ScheduledLeg } from '../trip-frame';
import { localMinutesOf } from './schedule-legs';

/**
 * One path's `legs` with `stayArea` set on its first transfer (leaving the stay) and its last
 * (arriving at it). A transfer inside the path is a connection through the centre (Incheon → Seoul
 * Station for the KTX) and keeps the centre as its end.
 */
export function withTransferEnds(legs: readonly ScheduledLeg[], days: readonly FrameDay[]): ScheduledLeg[] {
  return legs.map((scheduled, i) => {
    const { leg } = scheduled;
    if (leg.kind !== 'transfer' || (leg.toHub ? i !== 0 : i !== legs.length - 1)) return scheduled;
    const { date } = localMinutesOf(leg.toHub ? scheduled.startMs : scheduled.endMs, leg.hub.timezone);
    const here = days.filter((d) => d.destination?.slug === leg.destination && d.stayArea);
    // Leaving: the last night here up to today (on a move day today already belongs to the next place).
    // Arriving: tonight's stay, the first day here from today on.
    const day = leg.toHub ? here.filter((d) => d.date <= date).at(-1) : here.find((d) => d.date >= date);
    return day?.stayArea ? { ...scheduled, stayArea: day.stayArea } : scheduled;
  });
}

/**
 * Warnings and practical notes for an itinerary: entry rules for the direction, the time
 * difference, seasons and public holidays met, closures of major sights, must-see places that
 * could not be fitted (and why), and stays longer than a destination's places fill.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import { holidaysBetween } from '@/lib/data/holidays';
import { openIntervals } from '@/lib/data/opening-hours';
import { destinationRef, hubRef, placeRef, stayAreaRef } from './coded-text';
import { passPurchases } from './costs';
import type { ItineraryDay, Warning } from './itinerary';
import type { DestinationPlan } from './plan-destination';
import type { PlanRequest } from './request';
import type { TripFrame } from './trip-frame';

/** Places at least this important get a note when they are closed on a day spent near them. */
const NOTABLE_IMPORTANCE = 9;

/**
 * Every warning and note for a planned trip (its frame, each destination's plan and the trip's
 * itinerary days), most important first. A destination with no plan in `plans` kept all its days
 * from an earlier plan: its missed must-sees are those `kept` warned of.
 */
export function tripWarnings(frame: TripFrame, plans: ReadonlyMap<string, DestinationPlan>, days: readonly ItineraryDay[], request: PlanRequest, catalog: Catalog, kept: readonly Warning[] = []): Warning[] {
  const cautions: Warning[] = [];
  const notes: Warning[] = [];
  const keptMisses = kept.filter((w) => (w.code === 'must_see_closed' || w.code === 'must_see_no_time') && w.placeId && !plans.has(catalog.places.get(w.placeId)?.destination ?? ''));

  for (const destination of frame.dropped) {
    cautions.push({ code: 'destination_dropped', severity: 'caution', text: { code: 'droppedDestination', params: { destination: destinationRef(destination.slug) } } });
  }

  for (const [slug, plan] of plans) {
    const destination = catalog.destinationsBySlug.get(slug);
    if (!destination) continue;
    for (const { place, reason } of plan.missed) {
      cautions.push({
        code: reason === 'closed' ? 'must_see_closed' : 'must_see_no_time',
        severity: 'caution',
        placeId: place.id,
        text: { code: reason === 'closed' ? 'mustSeeClosed' : 'mustSeeNoTime', params: { place: placeRef(place.id), destination: destinationRef(destination.slug) } },
      });
    }
  }
  cautions.push(...keptMisses.filter((w) => request.mustSee.includes(w.placeId as string)));
  // A stay longer than the destination's places fill: say so, with the numbers, rather than leave days empty.
  for (const [slug, plan] of plans) {
    if (!plan.spare) continue;
    cautions.push({
      code: 'trip_longer_than_destination',
      severity: 'caution',
      text: { code: 'tripLongerThanDestination', params: { destination: destinationRef(slug), days: plan.spare.days, filled: plan.spare.filled } },
    });
  }
  const inTrip = new Set(frame.order.map((d) => d.slug));
  for (const id of new Set([...request.mustSee, ...request.pinned.map((p) => p.placeId)])) {
    const entry = catalog.places.get(id);
    if (entry && !inTrip.has(entry.destination)) {
      cautions.push({ code: 'must_see_elsewhere', severity: 'caution', placeId: id, text: { code: 'mustSeeElsewhere', params: { place: placeRef(id), destination: destinationRef(entry.destination) } } });
    }
  }

  // Seasons of each destination that overlap the months spent there.
  for (const destination of frame.order) {
    const months = new Set(frame.days.filter((d) => d.destination === destination).map((d) => Number(d.date.slice(5, 7))));
    for (const season of destination.seasons) {
      if (!season.months.some((m) => months.has(m))) continue;
      const text = { code: 'seasonAdvice', params: { destination: destinationRef(destination.slug), season: { text: season.name }, advice: { text: season.advice } } } as const;
      const warning: Warning = { code: `season_${season.id}`, severity: season.level, text };
      (season.level === 'caution' ? cautions : notes).push(warning);
    }
  }

  // Major sights closed on a day spent in their destination.
  for (const day of frame.days) {
    const destination = day.destination;
    if (!destination || !day.window) continue;
    for (const place of destination.places) {
      if (place.importance < NOTABLE_IMPORTANCE || request.avoid.includes(place.id)) continue;
      if (openIntervals(place.openingHours, destination.country, day.date, destination.timezone, place).length === 0) {
        notes.push({ code: 'closed_on_day', severity: 'info', placeId: place.id, dayNumber: day.dayNumber, text: { code: 'closedOnDay', params: { place: placeRef(place.id), date: day.date, day: day.dayNumber } } });
      }
    }
  }

  // Which pass to buy and the days it is used on: the plan groups those places into them.
  for (const destination of frame.order) {
    for (const { pass, option, dayNumbers } of passPurchases(destination, days, request, catalog)) {
      notes.push({ code: 'pass_days', severity: 'info', text: { code: 'passDays', params: { pass: { text: pass.name }, days: option.days, dayList: dayNumbers.join(', ') } } });
    }
  }

  frame.days.forEach((day, i) => {
    const before = frame.days[i - 1];
    if (day.destination && before?.destination === day.destination && before.stayArea && day.stayArea && before.stayArea !== day.stayArea) {
      notes.push({ code: 'change_stay', severity: 'info', dayNumber: day.dayNumber, text: { code: 'changeStay', params: { day: day.dayNumber, from: stayAreaRef(before.stayArea.id), to: stayAreaRef(day.stayArea.id) } } });
    }
  });
  for (const day of frame.days) {
    if (day.layover) notes.push({ code: 'overnight_connection', severity: 'info', dayNumber: day.dayNumber, text: { code: 'overnightConnection', params: { hub: hubRef(day.layover.hub.code), date: day.date } } });
  }

  const onGround = frame.days.filter((d) => d.destination);
  if (onGround.length > 0) {
    for (const holiday of holidaysBetween(frame.visited, (onGround[0] as { date: string }).date, (onGround[onGround.length - 1] as { date: string }).date)) {
      notes.push({ code: 'public_holiday', severity: 'info', text: { code: 'holiday', params: { date: holiday.date, name: { text: holiday.name } } } });
    }
  }

  notes.push({ code: 'time_difference', severity: 'info', text: { code: 'timeDifference' } });
  const entry: Warning = { code: 'entry_rules', severity: 'caution', text: { code: request.direction === 'KR_TO_KH' ? 'entryKhForKorean' : 'entryKrForCambodian' } };
  return [entry, ...cautions, ...notes];
}

/** Costs that are not tied to a single item: multi-day passes (the Angkor Pass) and nights in a stay area. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { Destination, Pass } from '@/lib/data/schema';
import { daysBetween } from '@/lib/time/local-time';
import type { Cost, CostKind, ItineraryDay, ItineraryItem } from './itinerary';
import { toCost } from './money';
import type { PlanRequest } from './request';
import type { FrameDay } from './trip-frame';

/** A pass bought for a trip: which option, for how many people, at what cost. */
export interface PassPurchase {
  pass: Pass;
  option: Pass['options'][number];
  people: number;
  cost: Cost;
  /** The trip's day numbers on which the pass is used. */
  dayNumbers: number[];
}

/** The cost line an item's cost counts towards: its type says, and intercity travel names its hubs. */
export function costKindOf(item: ItineraryItem): CostKind {
  switch (item.type) {
    case 'flight':
      return 'flights';
    case 'transfer':
      return 'transfers';
    case 'visit':
      return 'entrance_fees';
    case 'meal':
      return 'meals';
    default:
      return item.fromHub !== undefined ? 'intercity' : 'local_transport';
  }
}

/**
 * The cheapest single pass option covering every day a pass place is visited: enough entry days,
 * and valid long enough from the first to the last of them. Children under the pass's free age
 * (we assume children in a party are) enter free.
 */
export function passPurchases(destination: Destination, days: readonly ItineraryDay[], request: PlanRequest, catalog: Catalog): PassPurchase[] {
  const out: PassPurchase[] = [];
  const onPass = (placeId: string | undefined, passId: string) => destination.places.some((p) => p.id === placeId && p.fee.kind === 'pass' && p.fee.passId === passId);
  for (const pass of destination.passes) {
    const used = days.filter((d) => d.items.some((item) => item.type === 'visit' && onPass(item.placeId, pass.id)));
    const dates = [...new Set(used.map((d) => d.date))].sort();
    if (dates.length === 0) continue;
    const span = daysBetween(dates[0] as string, dates[dates.length - 1] as string) + 1;
    const fitting = pass.options.filter((o) => o.days >= dates.length && o.validForDays >= span).sort((a, b) => a.price.amount - b.price.amount);
    const option = fitting[0] ?? [...pass.options].sort((a, b) => b.days - a.days)[0];
    if (!option) continue;
    const people = request.travellers.adults + (pass.freeUnderAge !== undefined ? 0 : request.travellers.children);
    const dayNumbers = used.map((d) => d.dayNumber).sort((a, b) => a - b);
    out.push({ pass, option, people, cost: toCost(option.price.amount * people, option.price.currency, catalog), dayNumbers });
  }
  return out;
}

/**
 * Nights in each stay area, at the area's rate for the budget level, one room per two people; a
 * night at a connecting hub costs what a night in the destination it serves does.
 */
export function stayCost(days: readonly FrameDay[], request: PlanRequest, catalog: Catalog): Cost | undefined {
  const rooms = Math.ceil((request.travellers.adults + request.travellers.children) / 2);
  const nights = days
    .map((d, i) => (d.layover ? d.layover.priceFrom : d.stayArea && days[i + 1]?.destination ? d.stayArea : null))
    .filter((area) => area !== null);
  if (nights.length === 0) return undefined;
  let usd = 0;
  for (const area of nights) {
    const rate = area.nightlyRate?.[request.budget] ?? area.nightlyRate?.mid;
    if (rate) usd += toCost(rate.amount * rooms, rate.currency, catalog).usd;
  }
  return toCost(usd, 'USD', catalog);
}

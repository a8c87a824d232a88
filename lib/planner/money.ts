/** Money in the itinerary: amounts in their own currency with a USD equivalent from the dated rates. */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { CurrencyCode } from '@/lib/data/schema';
import type { Cost } from './itinerary';

/** A Cost in `currency`, rounded as that currency is (cents for USD, whole won and riel). */
export function toCost(amount: number, currency: CurrencyCode, catalog: Catalog): Cost {
  const rounded = currency === 'USD' ? Math.round(amount * 100) / 100 : Math.round(amount);
  return { amount: rounded, currency, usd: Math.round((rounded / catalog.rates.usdTo[currency]) * 100) / 100 };
}

/** People in the party. */
export function partySize(travellers: { adults: number; children: number }): number {
  return travellers.adults + travellers.children;
}

/** Vehicles needed when a fare is per vehicle (four passengers each). */
export function vehiclesFor(people: number): number {
  return Math.ceil(people / 4);
}

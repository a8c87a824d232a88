/**
 * Typical price of one restaurant meal per person, by country and budget level. Estimates from
 * 2025–26 price surveys (Numbeo "meal, inexpensive restaurant" and "meal for 2, mid-range" for Seoul
 * and Phnom Penh; hotel restaurant menus for luxury), rounded; used only for cost estimates.
 */
import type { CountryCode, Money, PriceLevel } from '@/lib/data/schema';

export const MEAL_COST: Record<CountryCode, Record<PriceLevel, Money>> = {
  KH: { budget: { amount: 4, currency: 'USD' }, mid: { amount: 10, currency: 'USD' }, luxury: { amount: 30, currency: 'USD' } },
  KR: { budget: { amount: 10_000, currency: 'KRW' }, mid: { amount: 20_000, currency: 'KRW' }, luxury: { amount: 60_000, currency: 'KRW' } },
};

/**
 * Words the exports print around the itinerary's own text, from the message catalogue's Document
 * namespace, plus the practical facts (emergency numbers) the PDF lists.
 */
import type { CountryCode } from '@/lib/data/schema';
import { translatorFor, type DocumentLabel } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/locale';
import type { ItemType, TravelMode } from '@/lib/planner/itinerary';

export type LabelKey = DocumentLabel;

/** The label in `locale`, with its placeholders filled. */
export function label(locale: Locale, key: LabelKey, values?: Record<string, string | number>): string {
  return translatorFor(locale)(`Document.${key}`, values);
}

/** The label of an item type. */
export function typeLabel(locale: Locale, type: ItemType): string {
  return label(locale, `type_${type}`);
}

/** The name of a travel mode in `locale` (walk, subway, tuktuk, flight, ktx…). */
export function modeName(locale: Locale, mode: TravelMode): string {
  return translatorFor(locale)(`Modes.${mode}`);
}

/**
 * Emergency numbers. Korea: 112 police, 119 fire and ambulance, 1330 Korea Travel Hotline (KTO).
 * Cambodia: 117 police, 119 ambulance, 118 fire (Phnom Penh also lists 666 for fire).
 */
export const EMERGENCY_NUMBERS: Record<CountryCode, readonly { label: LabelKey; number: string }[]> = {
  KR: [
    { label: 'police', number: '112' },
    { label: 'fireAmbulance', number: '119' },
    { label: 'touristHotline', number: '1330' },
  ],
  KH: [
    { label: 'police', number: '117' },
    { label: 'ambulance', number: '119' },
    { label: 'fire', number: '118' },
  ],
};

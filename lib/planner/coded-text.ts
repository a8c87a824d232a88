/**
 * Builders for the itinerary's language-neutral references and texts: the planner names things by
 * id (resolved through the itinerary's `names`) and passes data texts in all their languages.
 */
import type { LocalizedText } from '@/lib/data/schema';
import type { CodedText, NameRef } from './itinerary';

export function placeRef(id: string): NameRef {
  return { ref: 'places', id };
}

export function hubRef(code: string): NameRef {
  return { ref: 'hubs', id: code };
}

export function destinationRef(slug: string): NameRef {
  return { ref: 'destinations', id: slug };
}

export function stayAreaRef(id: string): NameRef {
  return { ref: 'stayAreas', id };
}

/** A text the data holds in every language (a link's note, a transfer's name, booking advice). */
export function dataText(text: LocalizedText): CodedText {
  return { code: 'dataText', params: { text: { text } } };
}

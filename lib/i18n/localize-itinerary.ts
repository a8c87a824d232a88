/**
 * Words for a language-neutral itinerary, in the reader's language: the edge where the planner's
 * codes become text, for the API, the pages and every export. The result is the itinerary itself
 * with words added beside the codes (an item's `name` and `note`, a stay's `name`, a warning's
 * `message`, a cost line's `label`, the summary's `title`), so any consumer can show it as is.
 */
import type { CodedText, CostLine, Costs, Itinerary, ItineraryDay, ItineraryItem, ItineraryNames, ItinerarySummary, StayRef, Warning } from '@/lib/planner/itinerary';
import type { Locale } from '@/lib/i18n/locale';
import { translatorFor } from './catalogue';

export interface LocalizedItem extends ItineraryItem {
  name: string;
  /** The item's notes as one paragraph. */
  note?: string;
}

export interface LocalizedDay extends Omit<ItineraryDay, 'items' | 'stay'> {
  stay: StayRef & { name: string };
  items: LocalizedItem[];
}

export type LocalizedWarning = Warning & { message: string };

export interface LocalizedItinerary extends Omit<Itinerary, 'days' | 'summary' | 'costs' | 'warnings'> {
  /** The language of the words. */
  locale: Locale;
  summary: ItinerarySummary & { title: string };
  days: LocalizedDay[];
  costs: Omit<Costs, 'lines'> & { lines: (CostLine & { label: string })[] };
  warnings: LocalizedWarning[];
}

/** The itinerary with its words in `locale`; the codes stay beside them. */
export function localizeItinerary(itinerary: Itinerary, locale: Locale): LocalizedItinerary {
  const t = translatorFor(locale);
  const { names } = itinerary;
  const say = (text: CodedText) => renderText(text, names, locale);
  const nameOf = (ref: keyof ItineraryNames, id: string) => names[ref][id]?.[locale] ?? id;
  const stayName = (stay: StayRef): string => {
    switch (stay.kind) {
      case 'area':
        return nameOf('stayAreas', stay.id);
      case 'hub':
        return t('Plan.nightNearHub', { hub: nameOf('hubs', stay.id) });
      case 'in_flight':
        return t('Plan.onThePlane');
      case 'home':
        return nameOf('hubs', stay.id);
    }
  };
  const { summary } = itinerary;
  return {
    ...itinerary,
    locale,
    summary: { ...summary, title: t('Plan.tripTitle', { destinations: summary.destinations.map((slug) => nameOf('destinations', slug)).join(' · '), days: summary.days }) },
    days: itinerary.days.map((day) => ({
      ...day,
      stay: { ...day.stay, name: stayName(day.stay) },
      items: day.items.map((item) => ({ ...item, name: say(item.title), ...(item.notes?.length ? { note: item.notes.map(say).join(' ') } : {}) })),
    })),
    costs: { ...itinerary.costs, lines: itinerary.costs.lines.map((line) => ({ ...line, label: t(`Itinerary.costKinds.${line.kind}`) })) },
    warnings: itinerary.warnings.map((warning) => ({ ...warning, message: say(warning.text) })),
  };
}

/** One coded text in `locale`, its references named from `names` (the id when a name is missing). */
export function renderText(text: CodedText, names: ItineraryNames, locale: Locale): string {
  const t = translatorFor(locale);
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(text.params ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else if ('ref' in value) values[key] = names[value.ref][value.id]?.[locale] ?? value.id;
    else if ('mode' in value) values[key] = t(`Modes.${value.mode}`);
    else values[key] = value.text[locale];
  }
  return t(`Plan.${text.code}`, values);
}

/**
 * The `names` of an itinerary: every place, hub, destination and stay area it refers to (by an
 * item's ids, a stay, the summary or a coded text's reference), with its name in every language
 * from the catalogue. Stored with the plan, they keep a saved revision readable after the data
 * changes.
 */
import type { Catalog } from '@/lib/data/parse-catalog';
import type { LocalizedText } from '@/lib/data/schema';
import type { CodedText, Itinerary, ItineraryNames, NameRef } from './itinerary';

type Referring = Omit<Itinerary, 'names'>;

/** The catalogue's name of whatever a reference points at, or undefined when the catalogue lacks it. */
export function catalogNames(catalog: Catalog): (ref: NameRef['ref'], id: string) => LocalizedText | undefined {
  const stayAreas = new Map(catalog.destinations.flatMap((d) => d.stayAreas.map((area) => [area.id, area.name] as const)));
  const lookup: Record<NameRef['ref'], (id: string) => LocalizedText | undefined> = {
    places: (id) => catalog.places.get(id)?.place.name,
    hubs: (id) => catalog.hubsByCode.get(id)?.name,
    destinations: (id) => catalog.destinationsBySlug.get(id)?.name,
    stayAreas: (id) => stayAreas.get(id),
  };
  return (ref, id) => lookup[ref](id);
}

/** The names `itinerary` needs, looked up in `catalog`. */
export function namesFor(itinerary: Referring, catalog: Catalog): ItineraryNames {
  const nameOf = catalogNames(catalog);
  const names: ItineraryNames = { places: {}, hubs: {}, destinations: {}, stayAreas: {} };
  for (const { ref, id } of referencesOf(itinerary)) {
    const name = nameOf(ref, id);
    // The planner only refers to what the catalogue holds; a miss is a bug worth failing on.
    if (!name) throw new Error(`The itinerary refers to ${ref} "${id}", which the catalogue does not have.`);
    names[ref][id] = name;
  }
  return names;
}

/** Every reference an itinerary makes, in order of appearance (with repeats). */
export function referencesOf(itinerary: Referring): NameRef[] {
  const refs: NameRef[] = itinerary.summary.destinations.map((id) => ({ ref: 'destinations', id }));
  const fromText = (text: CodedText) => {
    for (const value of Object.values(text.params ?? {})) if (typeof value === 'object' && 'ref' in value) refs.push(value);
  };
  for (const day of itinerary.days) {
    if (day.destination) refs.push({ ref: 'destinations', id: day.destination });
    if (day.stay.kind === 'area') refs.push({ ref: 'stayAreas', id: day.stay.id });
    if (day.stay.kind === 'hub' || day.stay.kind === 'home') refs.push({ ref: 'hubs', id: day.stay.id });
    for (const item of day.items) {
      if (item.placeId) refs.push({ ref: 'places', id: item.placeId });
      if (item.fromHub) refs.push({ ref: 'hubs', id: item.fromHub });
      if (item.toHub) refs.push({ ref: 'hubs', id: item.toHub });
      fromText(item.title);
      item.notes?.forEach(fromText);
    }
  }
  for (const warning of itinerary.warnings) {
    if (warning.placeId) refs.push({ ref: 'places', id: warning.placeId });
    fromText(warning.text);
  }
  return refs;
}

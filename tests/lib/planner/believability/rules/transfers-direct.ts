/**
 * Transfers are the ones locals use: between two airports of one city straight across (Incheon ⇄
 * Gimpo by the AREX all-stop train), never into the centre and back out; and a transfer names its
 * real ends: its title the hub it goes to or the stay area it arrives at, its notes no direction of
 * their own (no "to central Seoul" on the ride to Gimpo).
 */
import type { ItineraryItem, NameRef } from '@/lib/planner/itinerary';
import type { BelievabilityRule } from '../rule';

const isRef = (value: unknown, ref: NameRef['ref'], id: string) => typeof value === 'object' && value !== null && (value as NameRef).ref === ref && (value as NameRef).id === id;

/** English words of a data note that point one way; the title says which way. */
const DIRECTION_WORDS = /\b(to|from|towards)\b/i;

export const transfersDirect: BelievabilityRule = {
  name: 'transfers-direct',
  violations(itinerary, _request, catalog) {
    const items = itinerary.days.flatMap((day) => day.items.map((item) => ({ day, item })));
    const airport = (code: string | undefined) => {
      const hub = code ? catalog.hubsByCode.get(code) : undefined;
      return hub?.kind === 'airport' ? hub : undefined;
    };
    return items.flatMap(({ day, item }, i) => {
      if (item.type !== 'transfer') return [];
      const out: string[] = [];
      const next: ItineraryItem | undefined = items[i + 1]?.item;
      const landed = item.toHub === undefined ? airport(item.fromHub) : undefined;
      const leaving = next?.type === 'transfer' && next.fromHub === undefined ? airport(next.toHub) : undefined;
      if (landed && leaving && landed.destination === leaving.destination) out.push(`day ${day.dayNumber} ${landed.code} → ${leaving.code} through the city centre`);
      const place = item.title.params?.place;
      if (item.toHub !== undefined && !isRef(place, 'hubs', item.toHub)) out.push(`day ${day.dayNumber} transfer to ${item.toHub} titled ${JSON.stringify(place)}`);
      // Arriving at the stay, unless the ride only crosses the centre to the next hub (Seoul Station for the KTX).
      const connection = next?.type === 'transfer' && next.fromHub === undefined;
      if (item.toHub === undefined && !connection && day.stay.kind === 'area' && !isRef(place, 'stayAreas', day.stay.id)) {
        out.push(`day ${day.dayNumber} transfer from ${item.fromHub} ends at ${JSON.stringify(place)}, not the stay ${day.stay.id}`);
      }
      for (const note of item.notes ?? []) {
        const text = note.code === 'dataText' ? (note.params?.text as { text: { en: string } } | undefined)?.text.en : undefined;
        if (text && DIRECTION_WORDS.test(text)) {
          out.push(`day ${day.dayNumber} transfer ${item.fromHub ?? ''}→${item.toHub ?? ''} note "${text}" names a direction`);
        }
      }
      return out;
    });
  },
};

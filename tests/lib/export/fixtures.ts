/** Itineraries for the export tests: planned ones in each locale, and a crafted hostile one. */
import { getCatalog } from '@/lib/data/catalog';
import { localizeItinerary, type LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import { planRequest, type PlanRequestInput } from '@/lib/planner/request';

const cache = new Map<string, LocalizedItinerary>();

/** A planned trip in its request's language (cached per request); deterministic. */
export function planned(input: Partial<PlanRequestInput> = {}): LocalizedItinerary {
  const request = { direction: 'KH_TO_KR', startDate: '2026-12-20', days: 6, destinations: ['seoul', 'jeju'], ...input } as PlanRequestInput;
  const key = JSON.stringify(request);
  let itinerary = cache.get(key);
  if (!itinerary) {
    const parsed = planRequest.parse(request);
    itinerary = localizeItinerary(planTrip(parsed, getCatalog()), parsed.locale);
    cache.set(key, itinerary);
  }
  return structuredClone(itinerary);
}

/** Korea trip in Korean, with a visit moved to 09:30 and names built to break naive writers. */
export function crafted(): LocalizedItinerary {
  const itinerary = planned({ locale: 'ko' });
  const day = itinerary.days.find((d) => d.destination === 'seoul' && d.items.some((i) => i.type === 'visit'));
  const visit = day?.items.find((i) => i.type === 'visit');
  if (!day || !visit) throw new Error('fixture: no Seoul visit');
  visit.start = `${day.date}T09:30:00+09:00`;
  visit.end = `${day.date}T10:30:00+09:00`;
  visit.name = '=HYPERLINK("http://evil.example","click"), <b>&\'test\'</b>; back\\slash';
  visit.note = '+SUM(A1:A9)\nsecond line, with comma; and semicolon';
  const meal = day.items.find((i) => i.type === 'meal');
  if (meal) meal.name = '-2+3';
  const other = day.items.find((i) => i.type === 'travel');
  if (other) other.name = '@cmd';
  return itinerary;
}

/** Every item of an itinerary, flattened. */
export function allItems(itinerary: LocalizedItinerary) {
  return itinerary.days.flatMap((day) => day.items.map((item) => ({ day, item })));
}

/** Every control character the exports drop: C0 except tab, LF and CR; DEL; C1. */
export const DROPPED_CONTROLS = String.fromCharCode(
  ...[...Array(32).keys()].filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d),
  0x7f,
  ...[...Array(32).keys()].map((code) => 0x80 + code),
);

/** crafted(), with every dropped control hidden in the title, a visit's name and its note; and the names they must come out as. */
export function craftedWithControls() {
  const itinerary = crafted();
  const visit = allItems(itinerary).find(({ item }) => item.type === 'visit')?.item;
  if (!visit) throw new Error('fixture: no visit');
  itinerary.summary.title = `Trip${DROPPED_CONTROLS}Title`;
  visit.name = `Night${DROPPED_CONTROLS}Market\u0000`;
  visit.note = `Bring\u000bcash\u001b[31m\ttwo`;
  return { itinerary, title: 'TripTitle', visitName: 'NightMarket', note: 'Bringcash[31m\ttwo' };
}

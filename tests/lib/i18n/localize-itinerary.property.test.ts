import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { MESSAGE_CODES } from '@/lib/i18n/catalogue';
import { localizeItinerary, renderText, type LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { Itinerary } from '@/lib/planner/itinerary';
import { itinerarySchema } from '@/lib/planner/itinerary-schema';
import { planTrip } from '@/lib/planner/plan-trip';
import type { Locale } from '@/lib/i18n/locale';
import { catalog, parse, requestArb } from '../planner/support';

const LOCALES: Locale[] = ['en', 'ko', 'km'];
const SCRIPT: Record<Locale, RegExp> = { en: /[A-Za-z]/, ko: /[\uAC00-\uD7A3]/, km: /[\u1780-\u17FF]/ };

/** Everything but the words: what must be identical in every language. */
function facts(itinerary: LocalizedItinerary): unknown {
  return {
    summary: { ...itinerary.summary, title: undefined },
    days: itinerary.days.map((day) => ({ ...day, stay: { ...day.stay, name: undefined }, items: day.items.map(({ name: _n, note: _t, ...item }) => item) })),
    costs: { ...itinerary.costs, lines: itinerary.costs.lines.map(({ label: _l, ...line }) => line) },
    warnings: itinerary.warnings.map(({ message: _m, ...warning }) => warning),
  };
}

function words(itinerary: LocalizedItinerary): string[] {
  return [
    itinerary.summary.title,
    ...itinerary.days.flatMap((d) => [d.stay.name, ...d.items.flatMap((i) => [i.name, ...(i.note ? [i.note] : [])])]),
    ...itinerary.costs.lines.map((l) => l.label),
    ...itinerary.warnings.map((w) => w.message),
  ];
}

describe('a language-neutral itinerary read in en, ko and km', () => {
  it('holds no prose, and reads with the same items, times and costs in every language', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(requestArb, (input) => {
        let itinerary: Itinerary;
        try {
          itinerary = planTrip(parse(input), catalog);
        } catch {
          return; // requests the planner refuses (too short for the flights) have nothing to read
        }
        // It parses with the schema stored plans are read with: only known message codes, every name carried.
        expect(itinerarySchema.safeParse(itinerary).success).toBe(true);
        expect(JSON.stringify(itinerary)).not.toMatch(/"(name|note|message|label|title)":"/);
        const readings = LOCALES.map((locale) => localizeItinerary(itinerary, locale));
        const [english, ...others] = readings as [LocalizedItinerary, ...LocalizedItinerary[]];
        for (const other of others) expect(facts(other)).toEqual(facts(english));
        readings.forEach((reading, i) => {
          const locale = LOCALES[i] as Locale;
          for (const text of words(reading)) {
            expect(text.trim().length, `${locale}: empty text`).toBeGreaterThan(0);
            expect(text, `${locale}: unfilled placeholder in "${text}"`).not.toMatch(/[{}]|Plan\.|Modes\./);
          }
          const visits = reading.days.flatMap((d) => d.items).filter((item) => item.type === 'visit');
          for (const visit of visits) expect(visit.name, `${locale} visit name`).toMatch(SCRIPT[locale]);
        });
      }),
      { numRuns: 30, seed: 20261204 },
    );
  });
});

describe('the message catalogue', () => {
  it('has every code the itinerary may use, in all three languages', () => {
    const names = { places: {}, hubs: {}, destinations: {}, stayAreas: {} };
    for (const code of MESSAGE_CODES) {
      const template = en.Plan[code];
      const params = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name as string, `«${name}»`]));
      for (const locale of LOCALES) {
        const text = renderText({ code, params }, names, locale);
        expect(text.length, `${locale} ${code}`).toBeGreaterThan(0);
        for (const name of Object.keys(params)) expect(text, `${locale} ${code} drops {${name}}`).toContain(`«${name}»`);
      }
    }
  });
});

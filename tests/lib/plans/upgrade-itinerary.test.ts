import { describe, expect, it } from 'vitest';
import { getCatalog } from '@/lib/data/catalog';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { itinerarySchema } from '@/lib/planner/itinerary-schema';
import { itineraryV1, upgradeItineraryV1 } from '@/lib/plans/upgrade-itinerary';
import koSeoulJeju from '../../fixtures/itinerary-v1-ko-seoul-jeju.json';
import kmSiemReap from '../../fixtures/itinerary-v1-km-siem-reap.json';

// Fixtures: itineraries exactly as the version-1 planner (commit 7e4649b) saved them, in Korean and Khmer.
const FIXTURES = { 'ko-seoul-jeju': koSeoulJeju, 'km-siem-reap': kmSiemReap };

describe('upgrading a saved version-1 itinerary', () => {
  for (const [name, raw] of Object.entries(FIXTURES)) {
    const saved = itineraryV1.parse(raw);
    const upgraded = upgradeItineraryV1(saved, getCatalog());

    it(`${name}: keeps every item, time and cost, and parses as the current shape`, () => {
      expect(itinerarySchema.safeParse(upgraded).success).toBe(true);
      const factsOf = (days: typeof saved.days | typeof upgraded.days) =>
        days.map((d) => ({ date: d.date, stay: [d.stay.kind, d.stay.id], items: d.items.map((i) => [i.type, i.start, i.end, i.placeId, i.cost?.amount, i.mode, i.distanceKm]) }));
      expect(factsOf(upgraded.days)).toEqual(factsOf(saved.days));
      expect(upgraded.costs.totalUsd).toBe(saved.costs.totalUsd);
      expect(upgraded.warnings.map((w) => w.code)).toEqual(saved.warnings.map((w) => w.code));
    });

    it(`${name}: reads in its own language exactly as it was saved`, () => {
      const read = localizeItinerary(upgraded, saved.request.locale);
      expect(read.days.flatMap((d) => d.items.map((i) => i.name))).toEqual(saved.days.flatMap((d) => d.items.map((i) => i.name)));
      expect(read.days.flatMap((d) => d.items.map((i) => i.note))).toEqual(saved.days.flatMap((d) => d.items.map((i) => i.note)));
      expect(read.days.map((d) => d.stay.name)).toEqual(saved.days.map((d) => d.stay.name));
      // Warnings that depend on nothing but their code take today's wording (the time-difference
      // sentence has since been merged with the PDF's); every other saved word reads as it was.
      const worded = (w: { code: string }) => w.code !== 'time_difference';
      expect(read.warnings.filter(worded).map((w) => w.message)).toEqual(saved.warnings.filter(worded).map((w) => w.message));
    });

    it(`${name}: names places, flights, meals and rides in any language, not only the saved one`, () => {
      const items = upgraded.days.flatMap((d) => d.items);
      const decoded = items.filter((i) => i.title.code !== 'legacyText');
      // Only words the decoder cannot match exactly stay verbatim; titles of every kind decode.
      expect(decoded.length / items.length).toBeGreaterThan(0.9);
      const english = localizeItinerary(upgraded, 'en');
      const visit = english.days.flatMap((d) => d.items).find((i) => i.type === 'visit');
      expect(visit?.name).toBe(getCatalog().places.get(visit!.placeId!)!.place.name.en);
    });
  }
});

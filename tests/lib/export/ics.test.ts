import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from '@/lib/export/branding';
import { escapeText, foldLine, renderIcs } from '@/lib/export/ics';
import { getCatalog } from '@/lib/data/catalog';
import { allItems, crafted, planned } from './fixtures';

const context = { branding: DEFAULT_BRANDING, catalog: getCatalog(), now: new Date('2026-11-01T00:00:00Z') };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('renderIcs', () => {
  it('writes one event per visit, transfer, flight, meal and travel item, read back by ical.js', () => {
    const itinerary = crafted();
    const { events } = parse(renderIcs(itinerary, context));
    const expected = allItems(itinerary).filter(({ item }) => item.type !== 'free');
    expect(events).toHaveLength(expected.length);
    expect(events.some((e) => e.component.getFirstPropertyValue('categories') === 'FLIGHT')).toBe(true);
    expect(events.some((e) => e.component.getFirstPropertyValue('categories') === 'TRANSFER')).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('puts times in their zones: 09:30 Asia/Seoul is 00:30 UTC', () => {
    const { events } = parse(renderIcs(crafted(), context));
    const event = events.find((e) => e.summary.startsWith('=HYPERLINK'));
    expect(event).toBeDefined();
    if (!event) return;
    expect(event.startDate.zone?.tzid).toBe('Asia/Seoul');
    expect(event.startDate.toJSDate().toISOString()).toMatch(/T00:30:00/);
    expect(event.endDate.toJSDate().toISOString()).toMatch(/T01:30:00/);
    // Escaped text comes back intact.
    expect(event.summary).toBe('=HYPERLINK("http://evil.example","click"), <b>&\'test\'</b>; back\\slash');
    expect(event.description).toContain('second line, with comma; and semicolon');
    expect(event.component.getFirstPropertyValue('geo')).toEqual([expect.any(Number), expect.any(Number)]);
    expect(event.location.length).toBeGreaterThan(3);
  });

  it('writes a flight from the origin zone to the destination zone, with VTIMEZONEs for both', () => {
    const itinerary = planned();
    const text = renderIcs(itinerary, context);
    const { calendar, events } = parse(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['Asia/Phnom_Penh', 'Asia/Seoul']);
    const flight = allItems(itinerary).find(({ item }) => item.type === 'flight')?.item;
    const event = events.find((e) => e.component.getFirstPropertyValue('categories') === 'FLIGHT');
    expect(flight && event).toBeTruthy();
    if (!flight || !event) return;
    expect(event.startDate.zone?.tzid).toBe('Asia/Phnom_Penh');
    expect(event.endDate.zone?.tzid).toBe('Asia/Seoul');
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(flight.start));
    expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(flight.end));
  });

  it('keeps to RFC 5545 framing: CRLF endings, lines of at most 75 octets', () => {
    const text = renderIcs(planned({ locale: 'km' }), context);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('derives UIDs from the plan id, stable across revisions, and sets SEQUENCE', () => {
    const itinerary = planned();
    const first = parse(renderIcs(itinerary, { ...context, planId: 'abc', revision: 1 })).events;
    const changed = structuredClone(itinerary);
    changed.days.forEach((d) => d.items.forEach((i) => (i.note = 'updated')));
    const second = parse(renderIcs(changed, { ...context, planId: 'abc', revision: 2 })).events;
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(first[0]?.uid).toMatch(/^plan-abc-.+@bridgeway$/);
    expect(second[0]?.sequence).toBe(2);
    // Without a plan id the UIDs come from the request, so the same request gives the same UIDs.
    const unsaved = parse(renderIcs(itinerary, context)).events.map((e) => e.uid);
    expect(parse(renderIcs(planned(), context)).events.map((e) => e.uid)).toEqual(unsaved);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds on octets without splitting multi-byte characters', () => {
    const folded = foldLine(`SUMMARY:${'ក្សេ'.repeat(30)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'ក្សេ'.repeat(30)}`);
  });
});

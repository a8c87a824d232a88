import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withKhmerWordBreaks } from '@/lib/export/khmer-line-breaks';
import { getCatalog } from '@/lib/data/catalog';

const ZWSP = /\u200b/g;
/** A Khmer syllable starts with a consonant or an independent vowel (U+1780–U+17B3). */
const SYLLABLE_START = /^[\u1780-\u17b3]/;

const khmerTexts = getCatalog().destinations.flatMap((d) => d.places.flatMap((p) => [p.name.km, p.description.km]));

describe('withKhmerWordBreaks', () => {
  it('marks word boundaries in Khmer and leaves other text alone', () => {
    expect(withKhmerWordBreaks('ព្រះរាជវាំងនិងវត្តព្រះកែវមរកត').split('\u200b')).toEqual(['ព្រះរាជវាំង', 'និង', 'វត្ត', 'ព្រះកែវមរកត']);
    expect(withKhmerWordBreaks('Royal Palace, 08:00–11:00')).toBe('Royal Palace, 08:00–11:00');
    expect(withKhmerWordBreaks('ស្ត្រី')).toBe('ស្ត្រី');
  });

  it('only adds zero-width spaces, and never inside a syllable (every description and name in the data)', () => {
    for (const text of khmerTexts) {
      const marked = withKhmerWordBreaks(text);
      expect(marked.replace(ZWSP, '')).toBe(text);
      for (const piece of marked.split('\u200b').slice(1)) expect(piece, text).toMatch(SYLLABLE_START);
      for (const piece of marked.split('\u200b').slice(0, -1)) expect(piece.endsWith('\u17d2'), text).toBe(false);
    }
    expect(khmerTexts.filter((t) => withKhmerWordBreaks(t).includes('\u200b')).length).toBeGreaterThan(khmerTexts.length / 2);
  });

  it('is idempotent and keeps any string intact apart from the marks (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...khmerTexts, ' ', 'Angkor', '12:30', '·'), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const once = withKhmerWordBreaks(text);
        expect(once.replace(ZWSP, '')).toBe(text.replace(ZWSP, ''));
        expect(withKhmerWordBreaks(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Khmer is written without spaces between words, so a PDF line breaker sees a whole phrase as one
 * word and, when it does not fit, cuts it anywhere (even inside a syllable). Marking the word
 * boundaries with zero-width spaces (U+200B, an invisible break opportunity) lets lines wrap between
 * words. Boundaries come from ICU's Khmer dictionary through Intl.Segmenter; ICU sometimes splits
 * inside a consonant stack around words it does not know (ព្រលានយន្តហោះ → …យន្|ត…), so a boundary
 * is only kept where a new syllable starts: before a consonant or independent vowel, not after a coeng.
 */
const ZERO_WIDTH_SPACE = '\u200b';
const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
/** Consonants and independent vowels: the characters a Khmer syllable starts with. */
const SYLLABLE_START = /^[\u1780-\u17b3]/;
const COENG = '\u17d2';

const segmenter = new Intl.Segmenter('km', { granularity: 'word' });

/** `text` with a zero-width space between neighbouring Khmer words (other text unchanged). */
export function withKhmerWordBreaks(text: string): string {
  let out = '';
  let previousKhmerWord = false;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const khmerWord = Boolean(isWordLike) && KHMER.test(segment);
    const newSyllable = SYLLABLE_START.test(segment) && !out.endsWith(COENG);
    if (khmerWord && previousKhmerWord && newSyllable && !out.endsWith(ZERO_WIDTH_SPACE)) out += ZERO_WIDTH_SPACE;
    out += segment;
    previousKhmerWord = khmerWord;
  }
  return out;
}

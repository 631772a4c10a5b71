import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/articles/edition.ts';
import { pairParagraphs } from '../../src/reader/pairParagraphs.ts';
import { sampleEdition } from './sampleEdition.ts';

/** sampleEdition's, with paragraphs as given (some untranslated, some in the other language). */
const edition = (language: 'en' | 'ko', paragraphs: Edition['paragraphs']): Edition => ({ ...sampleEdition(language, {}), paragraphs });
const paragraph = (id: string, text: string, language: 'en' | 'ko', untranslated = false) => ({ id, text, language, untranslated });

describe('pairParagraphs', () => {
  it('pairs each paragraph of the first language with the one of the same key, in the first edition’s order', () => {
    const english = edition('en', [paragraph('p1', 'One', 'en'), paragraph('p2', 'Two', 'en')]);
    const korean = edition('ko', [paragraph('p2', '둘', 'ko'), paragraph('p1', '하나', 'ko')]);
    expect(pairParagraphs(korean, english).map(({ key, first, second }) => [key, first.text, second?.text])).toEqual([
      ['p2', '둘', 'Two'],
      ['p1', '하나', 'One'],
    ]);
  });

  it('makes one pair of a one-paragraph article', () => {
    const pairs = pairParagraphs(edition('en', [paragraph('p1', 'Only', 'en')]), edition('ko', [paragraph('p1', '하나뿐', 'ko')]));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.second?.language).toBe('ko');
  });

  it('keeps an untranslated paragraph as its edition shows it: the original, marked, on that side', () => {
    const english = edition('en', [paragraph('p1', 'One', 'en'), paragraph('p2', 'Two', 'en')]);
    const korean = edition('ko', [paragraph('p1', '하나', 'ko'), paragraph('p2', 'Two', 'en', true)]);
    const [, second] = pairParagraphs(english, korean);
    expect(second?.second).toEqual({ id: 'p2', text: 'Two', language: 'en', untranslated: true });
    const [, swapped] = pairParagraphs(korean, english);
    expect(swapped?.first).toEqual({ id: 'p2', text: 'Two', language: 'en', untranslated: true });
    expect(swapped?.second?.untranslated).toBe(false);
  });

  it('leaves a side empty for a key the second edition lacks, and ignores keys only the second has', () => {
    const pairs = pairParagraphs(edition('en', [paragraph('p1', 'One', 'en')]), edition('ko', [paragraph('p9', '아홉', 'ko')]));
    expect(pairs).toEqual([{ key: 'p1', first: paragraph('p1', 'One', 'en'), second: null }]);
  });
});

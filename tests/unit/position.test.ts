import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/articles/edition.ts';
import { clampPosition, positionInEdition, startOf } from '../../src/articles/position.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { readContent } from '../../scripts/content/readContent.ts';
import { sampleEdition as edition } from './sampleEdition.ts';

// English paragraphs twice as long as their Korean counterparts, as in the real article.
const en = edition('en', { p1: 'a'.repeat(101), p2: 'b'.repeat(201), p3: 'c'.repeat(11) });
const ko = edition('ko', { p1: '가'.repeat(51), p2: '나'.repeat(101), p3: '다'.repeat(6) });

describe('clampPosition', () => {
  it('opens at the start of the first paragraph when there is no position', () => {
    expect(clampPosition(null, en)).toEqual({ paragraph: 'p1', offset: 0 });
  });

  it('opens at the start when the paragraph is unknown (a stale or hand-edited link)', () => {
    expect(clampPosition({ paragraph: 'p9', offset: 40 }, en)).toEqual({ paragraph: 'p1', offset: 0 });
    expect(clampPosition({ paragraph: '', offset: 0 }, en)).toEqual(startOf(en));
  });

  it('keeps a position that is already inside its paragraph', () => {
    expect(clampPosition({ paragraph: 'p2', offset: 150 }, en)).toEqual({ paragraph: 'p2', offset: 150 });
  });

  it('pulls a negative offset back to the paragraph start', () => {
    expect(clampPosition({ paragraph: 'p2', offset: -5 }, en)).toEqual({ paragraph: 'p2', offset: 0 });
  });

  it('pulls an offset past the end back to the last character of the paragraph', () => {
    expect(clampPosition({ paragraph: 'p3', offset: 999_999_999 }, en)).toEqual({ paragraph: 'p3', offset: 10 });
    expect(clampPosition({ paragraph: 'p3', offset: 11 }, en)).toEqual({ paragraph: 'p3', offset: 10 });
  });

  it('reads a NaN or infinite offset as the paragraph start', () => {
    expect(clampPosition({ paragraph: 'p2', offset: Number.NaN }, en)).toEqual({ paragraph: 'p2', offset: 0 });
    expect(clampPosition({ paragraph: 'p3', offset: Number.POSITIVE_INFINITY }, en)).toEqual({ paragraph: 'p3', offset: 0 });
  });

  it('drops the fraction of a fractional offset', () => {
    expect(clampPosition({ paragraph: 'p2', offset: 7.9 }, en)).toEqual({ paragraph: 'p2', offset: 7 });
  });
});

describe('positionInEdition', () => {
  it('keeps the paragraph key when switching language', () => {
    expect(positionInEdition({ paragraph: 'p2', offset: 37 }, en, ko).paragraph).toBe('p2');
  });

  it('moves the offset proportionally into the translation', () => {
    // 100 of 200 in English is halfway: 50 of 100 in Korean.
    expect(positionInEdition({ paragraph: 'p2', offset: 100 }, en, ko)).toEqual({ paragraph: 'p2', offset: 50 });
    expect(positionInEdition({ paragraph: 'p1', offset: 25 }, ko, en)).toEqual({ paragraph: 'p1', offset: 50 });
  });

  it('maps the start of a paragraph to the start of the same paragraph', () => {
    expect(positionInEdition({ paragraph: 'p3', offset: 0 }, en, ko)).toEqual({ paragraph: 'p3', offset: 0 });
    expect(positionInEdition({ paragraph: 'p3', offset: 0 }, ko, en)).toEqual({ paragraph: 'p3', offset: 0 });
  });

  it('maps the end of a paragraph to the end of the same paragraph', () => {
    expect(positionInEdition({ paragraph: 'p2', offset: 200 }, en, ko)).toEqual({ paragraph: 'p2', offset: 100 });
    expect(positionInEdition({ paragraph: 'p2', offset: 100 }, ko, en)).toEqual({ paragraph: 'p2', offset: 200 });
  });

  it('opens the other edition at its start when the paragraph is unknown', () => {
    expect(positionInEdition({ paragraph: 'p7', offset: 3 }, en, ko)).toEqual({ paragraph: 'p1', offset: 0 });
  });

  it('keeps a switched position inside the paragraph even from an out-of-range offset', () => {
    expect(positionInEdition({ paragraph: 'p1', offset: 10_000 }, en, ko)).toEqual({ paragraph: 'p1', offset: 50 });
    expect(positionInEdition({ paragraph: 'p1', offset: -10 }, en, ko)).toEqual({ paragraph: 'p1', offset: 0 });
  });

  it('maps start to start and end to end for every paragraph of the real article, both ways', () => {
    const { editions } = readContent(process.cwd());
    const real = (language: Language): Edition => {
      const found = editions.find((candidate) => candidate.language === language);
      if (!found) throw new Error(`no ${language} edition`);
      return found;
    };
    const [realEn, realKo] = [real('en'), real('ko')];
    const directions: [Edition, Edition][] = [
      [realEn, realKo],
      [realKo, realEn],
    ];
    for (const [from, to] of directions) {
      for (const paragraph of from.paragraphs) {
        const target = to.paragraphs.find((candidate) => candidate.id === paragraph.id);
        expect(target).toBeDefined();
        const lastOffset = (target?.text.length ?? 0) - 1;
        expect(positionInEdition({ paragraph: paragraph.id, offset: 0 }, from, to)).toEqual({ paragraph: paragraph.id, offset: 0 });
        expect(positionInEdition({ paragraph: paragraph.id, offset: paragraph.text.length - 1 }, from, to)).toEqual({
          paragraph: paragraph.id,
          offset: lastOffset,
        });
      }
    }
  });
});

import type { Language } from '../i18n/languages.ts';
import { shortenText } from '../lib/shortenText.ts';

/** Long enough for a first sentence of news prose; a longer one is cut (shortenText). */
export const summaryMaxLength = 220;

/**
 * A sentence break that Unicode's rules (UAX #29, as Intl.Segmenter applies them) put after an abbreviation:
 * "U.S. President" splits after "U.S.", and "Mr. Lee" after "Mr.". Such a piece is joined to the next.
 */
const abbreviationEnd = /(?:\b\p{Lu}\.){2,}\s*$|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof|No|Vol)\.\s*$/u;

/** The library's line under a headline: the article's first sentence (or its start, if the sentence is long). */
export function summarize(opening: string, language: Language): string {
  let sentence = '';
  for (const { segment } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(opening)) {
    sentence += segment;
    if (!abbreviationEnd.test(sentence)) break;
  }
  return shortenText(sentence.trim(), summaryMaxLength);
}

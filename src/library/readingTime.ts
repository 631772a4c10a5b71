import type { Language } from '../i18n/languages.ts';

/**
 * Reading time, from published silent-reading rates of adults. English is counted in words; Korean, whose
 * words (어절) vary widely in length, in characters.
 *
 * - English, 238 words per minute: Brysbaert, M. (2019), "How many words do we read per minute? A review
 *   and meta-analysis of reading rate", Journal of Memory and Language 109, 104047: the mean silent
 *   reading rate of English non-fiction (190 studies, 18,573 readers).
 * - Korean, 588 characters per minute: Song, J., Kim, J. & Hyung, S. (2016), "Validity of Korean Version
 *   Reading Speed Application and Measurement of Reading Speed: Pilot Study", Journal of the Korean
 *   Ophthalmological Society 57(4), 642-649 (doi:10.3341/jkos.2016.57.4.642): adults read silently at
 *   202.3 words per minute sentences of 18.9 letters in 6.5 words on average, so 202.3 x 18.9 / 6.5 = 588
 *   letters (syllable blocks) per minute. Their sentences are simpler than an editorial: an estimate.
 */
export const readingRates = {
  en: { perMinute: 238, counts: 'words' },
  ko: { perMinute: 588, counts: 'characters' },
} as const satisfies Record<Language, { perMinute: number; counts: 'words' | 'characters' }>;

/** Words: runs between spaces that hold a letter or a digit (a dash or a quotation mark alone is no word). */
const wordPattern = /\S*[\p{L}\p{N}]\S*/gu;
/** Characters: letters and digits (Hangul syllables count one each); not spaces or punctuation. */
const characterPattern = /[\p{L}\p{N}]/gu;

/** How much there is to read in `text`, in the unit its language is read in. */
export function readingUnits(text: string, language: Language): number {
  const pattern = readingRates[language].counts === 'words' ? wordPattern : characterPattern;
  return text.match(pattern)?.length ?? 0;
}

/**
 * Whole minutes (at least one) to read these texts, each at its own language's rate: an edition's paragraph
 * not yet translated is read in the original language.
 */
export function readingMinutes(texts: readonly { text: string; language: Language }[]): number {
  const minutes = texts.reduce((sum, { text, language }) => sum + readingUnits(text, language) / readingRates[language].perMinute, 0);
  return Math.max(1, Math.round(minutes));
}

import * as z from 'zod/mini';
import { languages } from '../i18n/languages.ts';
import { paragraphKeyPattern, slugPattern } from './ids.ts';

/**
 * An edition is one article in one language, as the reader receives it: built from the i18next bundles
 * under locales/ by the content build (scripts/content/), checked there, and checked again here when the
 * browser receives it, because a fetched file is untrusted until proven otherwise.
 */
const language = z.enum(languages);

export const sectionIds = ['editorial'] as const;

export const paragraphSchema = z.object({
  /** Stable key shared by both languages: the anchor of every reading position. */
  id: z.string().check(z.regex(paragraphKeyPattern)),
  text: z.string().check(z.minLength(1)),
  /** The language the text is actually in: the original's, for a paragraph not yet translated. */
  language,
  untranslated: z.boolean(),
});

export const editionSchema = z.object({
  slug: z.string().check(z.regex(slugPattern)),
  language,
  originalLanguage: language,
  section: z.enum(sectionIds),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  headline: z.string().check(z.minLength(1)),
  paragraphs: z.array(paragraphSchema).check(z.minLength(1)),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Edition = z.infer<typeof editionSchema>;

/** True when this edition is our translation rather than the publisher's text. */
export function isTranslation(edition: Edition): boolean {
  return edition.language !== edition.originalLanguage;
}

/**
 * True for an edition published before its translation (an import without `--ko`): every paragraph is the
 * original's, and so is the headline. Its page says the translation is still to come, once, in the header.
 */
export function awaitsTranslation(edition: Edition): boolean {
  return isTranslation(edition) && edition.paragraphs.every((paragraph) => paragraph.untranslated);
}

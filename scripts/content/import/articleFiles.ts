import type { Language } from '../../../src/i18n/languages.ts';

/**
 * The JSON the import writes under locales/, formatted exactly as the files written by hand before it: two
 * spaces, keys in the order below. The seed's English edition ends without a newline and its Korean edition
 * and catalog entry with one; the import keeps that, so that importing the seed reproduces its files byte
 * for byte (tests/unit/import.test.ts) and a re-import shows no diff.
 */
export interface ArticleText {
  headline: string;
  paragraphs: Record<string, string>;
}

export interface CatalogEntry {
  originalLanguage: Language;
  section: string;
  publishedAt: string;
  updatedAt: string;
  untranslated: Partial<Record<Language, string[]>>;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export function articleTextJson(language: Language, text: ArticleText): string {
  const ordered: ArticleText = { headline: text.headline, paragraphs: text.paragraphs };
  return language === 'en' ? json(ordered) : `${json(ordered)}\n`;
}

export function catalogJson(entry: CatalogEntry): string {
  const { originalLanguage, section, publishedAt, updatedAt, untranslated } = entry;
  return `${json({ originalLanguage, section, publishedAt, updatedAt, untranslated })}\n`;
}

/** Paragraph keys by position: `p1`, `p2`, … (the keys both languages share). */
export const paragraphKeys = (count: number): string[] => Array.from({ length: count }, (_, index) => `p${index + 1}`);

export function keyedParagraphs(paragraphs: readonly string[]): Record<string, string> {
  const keys = paragraphKeys(paragraphs.length);
  return Object.fromEntries(paragraphs.map((text, index) => [keys[index] ?? '', text]));
}

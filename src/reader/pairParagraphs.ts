import type { Edition, Paragraph } from '../articles/edition.ts';

/**
 * One paragraph key in both languages: the first language's paragraph (the URL's language, which the
 * reading position counts characters in) and its counterpart in the second. Each side is whatever its
 * edition shows for the key, so a paragraph not yet translated is the original on that side, marked as such
 * (its `untranslated` and `language`), exactly as in one language.
 */
export interface ParagraphPair {
  key: string;
  first: Paragraph;
  /** null when the second edition lacks the key (the content check forbids it; a page read back may not). */
  second: Paragraph | null;
}

/** The pairs in the first edition's order: every paragraph of the first language, once. */
export function pairParagraphs(first: Edition, second: Edition): ParagraphPair[] {
  const byKey = new Map(second.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  return first.paragraphs.map((paragraph) => ({ key: paragraph.id, first: paragraph, second: byKey.get(paragraph.id) ?? null }));
}

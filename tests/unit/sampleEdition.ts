import type { Edition, Paragraph } from '../../src/articles/edition.ts';
import type { Language } from '../../src/i18n/languages.ts';

/** A small valid edition for unit tests: one paragraph per entry of `texts`, keyed as given. */
export function sampleEdition(language: Language, texts: Record<string, string>, slug = 'sample'): Edition {
  const paragraphs: Paragraph[] = Object.entries(texts).map(([id, text]) => ({ id, text, language, untranslated: false }));
  return {
    slug,
    language,
    originalLanguage: 'en',
    section: 'editorial',
    publishedAt: '2025-01-23T07:40:00+09:00',
    updatedAt: '2025-01-23T07:40:00+09:00',
    headline: language === 'en' ? 'Headline' : '제목',
    paragraphs,
  };
}

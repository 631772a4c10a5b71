import * as z from 'zod/mini';
import { languages, type Language } from '../i18n/languages.ts';
import { sectionIds } from './edition.ts';

const language = z.enum(languages);

/**
 * `/content/index.json`: every published article, newest first, with what the library lists for it in each
 * language (built by scripts/content/buildCatalogIndex.ts). Read by the home page, the library and an
 * article's last page ("next article"); never part of an article's first view.
 */
export const catalogIndexSchema = z.object({
  articles: z.array(
    z.object({
      slug: z.string(),
      publishedAt: z.string(),
      section: z.enum(sectionIds),
      originalLanguage: language,
      /** The paragraph keys in reading order (shared by both languages): how far a stored position is. */
      paragraphKeys: z.array(z.string()),
      headlines: z.partialRecord(language, z.string()),
      /** The opening sentence, in the language its text is in (an untranslated paragraph: the original's). */
      summaries: z.partialRecord(language, z.object({ text: z.string(), language })),
      /** Minutes to read the edition at the rates in src/library/readingTime.ts. */
      readingMinutes: z.partialRecord(language, z.number()),
      /** The languages whose edition has no paragraph translated yet (published untranslated on purpose). */
      untranslated: z.array(language),
    }),
  ),
});

export type CatalogIndex = z.infer<typeof catalogIndexSchema>;
export type CatalogEntry = CatalogIndex['articles'][number];

/** What a link to another article needs: where it goes, and its headline in each language. */
export type ArticleLink = Pick<CatalogEntry, 'slug' | 'originalLanguage' | 'headlines'>;

/** The article after `slug` in the reader's order: the next older one; null after the oldest (or if unknown). */
export function nextArticle(catalog: CatalogIndex, slug: string): ArticleLink | null {
  const index = catalog.articles.findIndex((article) => article.slug === slug);
  const next = index === -1 ? undefined : catalog.articles[index + 1];
  return next ? { slug: next.slug, originalLanguage: next.originalLanguage, headlines: next.headlines } : null;
}

/** An article's headline for a reader of `language`: its own, or (never missing in a valid catalog) the original's. */
export function headlineIn(link: ArticleLink, language: Language): string {
  return link.headlines[language] ?? link.headlines[link.originalLanguage] ?? link.slug;
}

/**
 * The language a headline is written in. An edition published untranslated carries the original's headline
 * (marked with its own `lang`, so that a screen reader speaks it in the right voice).
 */
export function headlineLanguage(link: ArticleLink, language: Language): Language {
  const original = link.originalLanguage;
  return language !== original && headlineIn(link, language) === link.headlines[original] ? original : language;
}

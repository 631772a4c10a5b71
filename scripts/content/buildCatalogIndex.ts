import type { Content } from './validateContent.ts';
import type { CatalogEntry, CatalogIndex } from '../../src/articles/catalogIndex.ts';
import { readingMinutes } from '../../src/library/readingTime.ts';
import { summarize } from '../../src/library/summary.ts';

/**
 * Builds `/content/index.json` (schema and type: src/articles/catalogIndex.ts) from the validated content: the
 * list of articles for the home page and the library, newest first, with what the library shows of each
 * edition (headline, opening sentence, reading time, whether it is translated yet).
 */
export function buildCatalogIndex(content: Content): CatalogIndex {
  const bySlug = new Map<string, CatalogEntry>();
  for (const edition of content.editions) {
    const entry = bySlug.get(edition.slug) ?? {
      slug: edition.slug,
      publishedAt: edition.publishedAt,
      section: edition.section,
      originalLanguage: edition.originalLanguage,
      paragraphKeys: edition.paragraphs.map((paragraph) => paragraph.id),
      headlines: {},
      summaries: {},
      readingMinutes: {},
      untranslated: [],
    };
    const [opening] = edition.paragraphs;
    entry.headlines[edition.language] = edition.headline;
    if (opening) entry.summaries[edition.language] = { text: summarize(opening.text, opening.language), language: opening.language };
    entry.readingMinutes[edition.language] = readingMinutes(edition.paragraphs);
    if (edition.paragraphs.every((paragraph) => paragraph.untranslated)) entry.untranslated.push(edition.language);
    bySlug.set(edition.slug, entry);
  }
  return {
    articles: [...bySlug.values()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
  };
}

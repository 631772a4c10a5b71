import type { Content } from './validateContent.ts';
import type { CatalogIndex } from '../../src/articles/catalogIndex.ts';

/**
 * Builds `/content/index.json` (schema and type: src/articles/catalogIndex.ts) from the validated content: the
 * list of articles for the home page, newest first, with each language's headline.
 */
export function buildCatalogIndex(content: Content): CatalogIndex {
  const bySlug = new Map<string, CatalogIndex['articles'][number]>();
  for (const edition of content.editions) {
    const entry = bySlug.get(edition.slug) ?? { slug: edition.slug, publishedAt: edition.publishedAt, headlines: {} };
    entry.headlines[edition.language] = edition.headline;
    bySlug.set(edition.slug, entry);
  }
  return {
    articles: [...bySlug.values()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
  };
}

import type { ArticleLink } from '../articles/catalogIndex.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { nextOriginalAttribute, nextSlugAttribute } from './ArticleEnd.tsx';

/**
 * The next article's link as the prerender wrote it, for when the catalog index cannot be fetched: hydration
 * must render what the page shows. Only the page's language's headline is known, which is the one it shows.
 */
export function nextArticleFromPage(document: Document, language: Language): ArticleLink | null {
  const link = document.querySelector(`[${nextSlugAttribute}]`);
  const slug = link?.getAttribute(nextSlugAttribute);
  const original = link?.getAttribute(nextOriginalAttribute) ?? '';
  if (!link || !slug || !isLanguage(original)) return null;
  const headline = link.textContent;
  // A headline in another language than the page's is the original's, shown untranslated (headlineLanguage).
  const shownIn = link.getAttribute('lang');
  return { slug, originalLanguage: original, headlines: { [language]: headline, ...(shownIn === original ? { [original]: headline } : {}) } };
}

import type { Language } from '../i18n/languages.ts';
import { editionSchema, type Edition } from './edition.ts';

/**
 * The edition as the prerendered page shows it, for when its content file cannot be fetched (offline, a
 * server error, a truncated or wrong file). The page holds the whole article, so the reader can still hydrate
 * and page through it instead of leaving a clipped first page. Read from the markup ArticleHeader and
 * ArticleBody write (their data attributes and microdata), checked by the same schema as a fetched file.
 */
export function editionFromPage(root: ParentNode, language: Language, slug: string): Edition | null {
  const header = root.querySelector<HTMLElement>('[data-edition-section]');
  const article = header?.closest<HTMLElement>('[lang]');
  if (!header || !article || article.lang !== language) return null;
  const paragraphs = [...article.querySelectorAll<HTMLElement>('[data-paragraph]')].map((element) => {
    const textElement = element.querySelector<HTMLElement>('[data-paragraph-text]');
    const text = textElement?.firstChild;
    return {
      id: element.dataset.paragraph ?? '',
      text: text instanceof Text ? text.data : '',
      language: textElement?.lang ?? '',
      untranslated: textElement?.classList.contains('untranslated') ?? false,
    };
  });
  const parsed = editionSchema.safeParse({
    slug,
    language,
    originalLanguage: header.dataset.editionOriginalLanguage,
    section: header.dataset.editionSection,
    publishedAt: article.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime'),
    updatedAt: article.querySelector('time[itemprop="dateModified"]')?.getAttribute('datetime'),
    headline: article.querySelector('h1')?.textContent ?? '',
    paragraphs,
  });
  return parsed.success ? parsed.data : null;
}

import { useTranslation } from 'react-i18next';
import { headlineIn, headlineLanguage, type ArticleLink } from '../articles/catalogIndex.ts';
import type { Language } from '../i18n/languages.ts';
import { articlePath, libraryPath } from '../routing/paths.ts';

/** The attributes that let the reader rebuild the next article's link from the page (nextArticleFromPage.ts). */
export const nextSlugAttribute = 'data-next-article';
export const nextOriginalAttribute = 'data-next-original-language';

/**
 * After the last paragraph, so on the last page: on to the next (older) article, or word that there is none,
 * and back to the library. Plain links: another article is another prerendered page.
 */
export function ArticleEnd({ language, next }: { language: Language; next: ArticleLink | null }) {
  const { t } = useTranslation();
  const nextLanguage = next ? headlineLanguage(next, language) : language;
  return (
    <nav className="article-end" aria-label={t('library.end')}>
      {next ? (
        <p className="article-end-next">
          <span className="article-end-label">{t('library.next')}</span>{' '}
          <a
            href={articlePath(language, next.slug)}
            lang={nextLanguage === language ? undefined : nextLanguage}
            {...{ [nextSlugAttribute]: next.slug, [nextOriginalAttribute]: next.originalLanguage }}
          >
            {headlineIn(next, language)}
          </a>
        </p>
      ) : (
        <p className="article-end-next">{t('library.noNext')}</p>
      )}
      <p>
        <a href={libraryPath(language)}>{t('library.back')}</a>
      </p>
    </nav>
  );
}

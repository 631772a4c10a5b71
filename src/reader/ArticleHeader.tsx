import { useTranslation } from 'react-i18next';
import { isTranslation, type Edition } from '../articles/edition.ts';
import { formatArticleDate } from '../i18n/formatDate.ts';
import { articlePath } from '../routing/paths.ts';

export const headlineId = 'headline';

/** Section, headline and dates, shaped like the publisher's page; plus the translation notice on ours. */
export function ArticleHeader({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  return (
    // The data attributes let the reader rebuild the edition from the page if its file cannot be fetched
    // (src/articles/editionFromPage.ts): everything else it needs is already in the markup.
    <header className="article-header" data-edition-section={edition.section} data-edition-original-language={edition.originalLanguage}>
      <p className="article-section">{t(`sections.${edition.section}`)}</p>
      {/* schema.org microdata: search engines and readers' tools learn the dates, the language and, for our
          Korean, which work this translates. React leaves <meta>/<link> with itemProp in place. */}
      <meta itemProp="inLanguage" content={edition.language} />
      {isTranslation(edition) ? (
        <link itemProp="translationOfWork" href={articlePath(edition.originalLanguage, edition.slug)} />
      ) : null}
      <h1 id={headlineId} className="article-headline" itemProp="headline">{edition.headline}</h1>
      <p className="article-dates">
        <span>
          {t('dates.posted')}{' '}
          {/* Intl data differs between Node and browsers (e.g. Korean day periods), so the browser may
              print a slightly different string than the prerender: expected, not a bug. */}
          <time dateTime={edition.publishedAt} itemProp="datePublished" suppressHydrationWarning>
            {formatArticleDate(edition.publishedAt, edition.language)}
          </time>
        </span>
        {/* Shown even when equal to the posting time, as the publisher's page does. */}
        <span>
          {t('dates.updated')}{' '}
          <time dateTime={edition.updatedAt} itemProp="dateModified" suppressHydrationWarning>
            {formatArticleDate(edition.updatedAt, edition.language)}
          </time>
        </span>
      </p>
      {isTranslation(edition) ? <p className="translation-notice">{t('translation.notice')}</p> : null}
    </header>
  );
}

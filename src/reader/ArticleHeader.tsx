import { useTranslation } from 'react-i18next';
import { awaitsTranslation, isTranslation, type Edition } from '../articles/edition.ts';
import { formatArticleDate } from '../i18n/formatDate.ts';
import { articlePath } from '../routing/paths.ts';

export const headlineId = 'headline';

interface ArticleHeaderProps {
  edition: Edition;
  /**
   * The second language's header beside the first's (both languages): in its own `lang`, and without what
   * names the page's article (the heading and its id, the microdata, the edition's data attributes), which
   * the first header carries once. Render it under the second language's i18n instance.
   */
  counterpart?: boolean;
}

/** Section, headline and dates, shaped like the publisher's page; plus the translation notice on ours. */
export function ArticleHeader({ edition, counterpart = false }: ArticleHeaderProps) {
  const { t } = useTranslation();
  const itemProp = (name: string): string | undefined => (counterpart ? undefined : name);
  // Not yet translated: the headline is the original's, in its own language, and the notice says so.
  const pending = awaitsTranslation(edition);
  const headlineLang = pending ? edition.originalLanguage : undefined;
  return (
    // The data attributes let the reader rebuild the edition from the page if its file cannot be fetched
    // (src/articles/editionFromPage.ts): everything else it needs is already in the markup.
    <header
      className="article-header"
      lang={counterpart ? edition.language : undefined}
      data-edition-section={counterpart ? undefined : edition.section}
      data-edition-original-language={counterpart ? undefined : edition.originalLanguage}
    >
      <p className="article-section">{t(`sections.${edition.section}`)}</p>
      {/* schema.org microdata: search engines and readers' tools learn the dates, the language and, for our
          Korean, which work this translates. React leaves <meta>/<link> with itemProp in place. */}
      {counterpart ? null : <meta itemProp="inLanguage" content={edition.language} />}
      {isTranslation(edition) && !counterpart ? (
        <link itemProp="translationOfWork" href={articlePath(edition.originalLanguage, edition.slug)} />
      ) : null}
      {/* The page's one heading is the first language's; the counterpart's headline is a paragraph. */}
      {!counterpart ? (
        <h1 id={headlineId} className="article-headline" itemProp="headline" lang={headlineLang}>{edition.headline}</h1>
      ) : (
        <p className="article-headline" lang={headlineLang}>{edition.headline}</p>
      )}
      <p className="article-dates">
        <span>
          {t('dates.posted')}{' '}
          {/* Intl data differs between Node and browsers (e.g. Korean day periods), so the browser may
              print a slightly different string than the prerender: expected, not a bug. */}
          <time dateTime={edition.publishedAt} itemProp={itemProp('datePublished')} suppressHydrationWarning>
            {formatArticleDate(edition.publishedAt, edition.language)}
          </time>
        </span>
        {/* Shown even when equal to the posting time, as the publisher's page does. */}
        <span>
          {t('dates.updated')}{' '}
          <time dateTime={edition.updatedAt} itemProp={itemProp('dateModified')} suppressHydrationWarning>
            {formatArticleDate(edition.updatedAt, edition.language)}
          </time>
        </span>
      </p>
      {isTranslation(edition) ? <p className="translation-notice">{t(pending ? 'translation.pending' : 'translation.notice')}</p> : null}
    </header>
  );
}

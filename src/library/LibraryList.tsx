import { useTranslation } from 'react-i18next';
import { headlineIn, headlineLanguage, type CatalogEntry, type CatalogIndex } from '../articles/catalogIndex.ts';
import { formatArticleDay } from '../i18n/formatDate.ts';
import type { Language } from '../i18n/languages.ts';
import { articlePath } from '../routing/paths.ts';
import { storedProgress } from './storedProgress.ts';

interface LibraryListProps {
  catalog: CatalogIndex;
  language: Language;
  /** Show the reader's stored progress: only once hydrated, as the prerender cannot know it. */
  showProgress: boolean;
}

/** Every article, newest first (the catalog's order), as one list. */
export function LibraryList({ catalog, language, showProgress }: LibraryListProps) {
  return (
    <ol className="library-list">
      {catalog.articles.map((entry) => (
        <LibraryItem key={entry.slug} entry={entry} language={language} showProgress={showProgress} />
      ))}
    </ol>
  );
}

function LibraryItem({ entry, language, showProgress }: { entry: CatalogEntry; language: Language; showProgress: boolean }) {
  const { t } = useTranslation();
  const summary = entry.summaries[language];
  const untranslated = entry.untranslated.includes(language);
  const translated = !untranslated && language !== entry.originalLanguage;
  const progress = showProgress ? storedProgress(entry, language) : null;
  const minutes = entry.readingMinutes[language];
  return (
    <li className="library-item">
      <p className="library-section">{t(`sections.${entry.section}`)}</p>
      <h2 className="library-headline">
        <a href={articlePath(language, entry.slug)} lang={langIfOther(headlineLanguage(entry, language), language)}>
          {headlineIn(entry, language)}
        </a>
      </h2>
      {summary ? (
        <p className="library-summary" lang={langIfOther(summary.language, language)}>
          {summary.text}
        </p>
      ) : null}
      <p className="library-facts">
        {/* Intl data differs between Node and browsers: the browser may print a slightly different string. */}
        <time dateTime={entry.publishedAt} suppressHydrationWarning>
          {formatArticleDay(entry.publishedAt, language)}
        </time>
        {minutes !== undefined ? <span>{t('library.readingTime', { count: minutes })}</span> : null}
        {translated ? <span className="library-mark">{t('library.translated')}</span> : null}
        {untranslated ? <span className="library-mark">{t('library.untranslated')}</span> : null}
      </p>
      {/* Always there, one line high, so that progress appearing after hydration moves nothing. */}
      <p className="library-progress">{progress ? <a href={progress.href}>{t('library.continue', { current: progress.current, total: progress.total })}</a> : null}</p>
    </li>
  );
}

/** `lang` only where text differs from the page's language (the untranslated edition's original text). */
function langIfOther(textLanguage: Language, pageLanguage: Language): Language | undefined {
  return textLanguage === pageLanguage ? undefined : textLanguage;
}

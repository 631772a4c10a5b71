import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogIndex } from '../articles/catalogIndex.ts';
import { languages, preferredLanguage } from '../i18n/languages.ts';
import { mainContentId } from '../lib/mainContent.ts';
import { articlePath, libraryPath } from '../routing/paths.ts';

/**
 * `/`: sends the reader to the library in their browser's language (Korean browsers to /ko/, all others to
 * /en/). Without JavaScript it is a plain list of links in both languages: each library, and its articles.
 */
export function HomePage({ catalog }: { catalog: CatalogIndex }) {
  const { t } = useTranslation();
  useEffect(() => {
    window.location.replace(libraryPath(preferredLanguage(navigator.languages)));
  }, []);
  return (
    <main id={mainContentId} className="message-page" tabIndex={-1}>
      <h1>{t('siteName')}</h1>
      {languages.map((language) => (
        <section key={language} lang={language} aria-label={t(`languages.${language}`)}>
          <h2>
            <a href={libraryPath(language)} hrefLang={language}>
              {t('home.read', { lng: language })}
            </a>
          </h2>
          <ul>
            {catalog.articles.map((article) => (
              <li key={article.slug}>
                <a href={articlePath(language, article.slug)} hrefLang={language}>
                  {article.headlines[language] ?? article.slug}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

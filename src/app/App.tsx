import type { i18n } from 'i18next';
import { useLayoutEffect, useMemo } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import type { ArticleLink, CatalogIndex } from '../articles/catalogIndex.ts';
import { i18nForLanguage } from '../i18n/i18nForLanguage.ts';
import { useSession } from '../routing/history.ts';
import { languageOf, type Route } from '../routing/paths.ts';
import { ArticlePage } from './ArticlePage.tsx';
import { ErrorFallback } from './ErrorFallback.tsx';
import { HomePage } from './HomePage.tsx';
import { LibraryPage } from './LibraryPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SkipLink } from './SkipLink.tsx';

export interface AppProps {
  i18n: i18n;
  /** The route the page was prerendered for: hydration renders exactly it. */
  initialRoute: Route;
  /** Where the URL really points, if that differs (see useSession). */
  landing?: Route;
  /** For the home page and the library. */
  catalog?: CatalogIndex;
  /** For an article: the next (older) one, offered on its last page. */
  next?: ArticleLink | null;
  /** The first arrival's position was recalled from "continue reading" storage. */
  resumed?: boolean;
  /** The article's edition could not be fetched and was read from the prerendered page instead. */
  contentFallback?: boolean;
}

/**
 * The only place that composes areas. The route is the session's one owner: the language every string is
 * in, `<html lang>` and the page shown are all derived from it here, in the same render.
 */
export function App({ i18n, initialRoute, landing, catalog, next = null, resumed = false, contentFallback = false }: AppProps) {
  const session = useSession(initialRoute, landing);
  const { route } = session;
  const language = languageOf(route);
  const speaker = useMemo(() => i18nForLanguage(i18n, language), [i18n, language]);
  // Before paint, so no frame has text in one language under `lang` of the other.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nextProvider i18n={speaker}>
      <SkipLink />
      <ErrorBoundary FallbackComponent={ErrorFallback} resetKeys={[route]}>
        {route.page === 'article' ? (
          <ArticlePage
            route={route}
            session={session}
            resumed={resumed}
            contentFallback={contentFallback}
            next={next}
          />
        ) : route.page === 'library' ? (
          <LibraryPage language={route.language} catalog={catalog ?? { articles: [] }} go={session.go} />
        ) : route.page === 'home' ? (
          <HomePage catalog={catalog ?? { articles: [] }} />
        ) : (
          <NotFoundPage />
        )}
      </ErrorBoundary>
    </I18nextProvider>
  );
}

import type { i18n } from 'i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import type { CatalogIndex } from '../articles/catalogIndex.ts';
import { useHistoryRoute } from '../routing/history.ts';
import type { Route } from '../routing/paths.ts';
import { ArticlePage } from './ArticlePage.tsx';
import { ErrorFallback } from './ErrorFallback.tsx';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SkipLink } from './SkipLink.tsx';

export interface AppProps {
  i18n: i18n;
  initialRoute: Route;
  /** Only for the home page. */
  catalog?: CatalogIndex;
  /** The initial route's position was recalled from "continue reading" storage. */
  resumed?: boolean;
}

/** The only place that composes areas: routes to a page, under one i18n instance and one error boundary. */
export function App({ i18n, initialRoute, catalog, resumed = false }: AppProps) {
  const { route, navigate } = useHistoryRoute(initialRoute);
  return (
    <I18nextProvider i18n={i18n}>
      <SkipLink />
      <ErrorBoundary FallbackComponent={ErrorFallback} resetKeys={[route]}>
        {route.page === 'article' ? (
          <ArticlePage
            language={route.language}
            slug={route.slug}
            requestedPosition={route.position}
            navigate={navigate}
            resumed={resumed && route === initialRoute}
          />
        ) : route.page === 'home' ? (
          <HomePage catalog={catalog ?? { articles: [] }} />
        ) : (
          <NotFoundPage />
        )}
      </ErrorBoundary>
    </I18nextProvider>
  );
}

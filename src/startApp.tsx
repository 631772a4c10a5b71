import { hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { libraryMarker } from './app/LibraryPage.tsx';
import { notFoundMarker } from './app/NotFoundPage.tsx';
import { catalogIndexSchema, nextArticle, type CatalogIndex } from './articles/catalogIndex.ts';
import type { Edition } from './articles/edition.ts';
import { handOverEarlyReader } from './reader/earlyReader.ts';
import { editionFromPage } from './reader/editionFromPage.ts';
import { loadEdition, storeEdition } from './articles/editionStore.ts';
import { forgetPosition, recallPosition, recallView } from './articles/readingProgress.ts';
import { samePosition, type Position } from './articles/position.ts';
import { createI18n } from './i18n/createI18n.ts';
import { registerServiceWorker } from './offline/serviceWorkerUpdates.ts';
import { defaultLanguage, isLanguage, otherLanguage } from './i18n/languages.ts';
import { nextArticleFromPage } from './library/nextArticleFromPage.ts';
import { storedSettings } from './reader/readerSettings.ts';
import { currentRoute } from './routing/history.ts';
import { catalogIndexPath, languageOf, type ArticleRoute, type Route } from './routing/paths.ts';
import type { View } from './routing/view.ts';

/**
 * Makes a prerendered page interactive by hydrating the same tree the prerender rendered, with the same
 * data (the article edition), then hands the session to the route. Loaded by main.tsx once the page has been
 * painted.
 */
export async function startApp(): Promise<void> {
  // Offline reading and updates, once the page has loaded (src/offline/).
  registerServiceWorker();
  const root = document.getElementById('root');
  if (!root) return;
  const route = currentRoute();
  // Hydrate in the language the page was prerendered in: a static host may serve the English 404 page under
  // /ko/, which becomes Korean right after hydration (the route's `landing`).
  const prerendered = isLanguage(document.documentElement.lang) ? document.documentElement.lang : defaultLanguage;
  const i18n = createI18n(prerendered);

  // A static host answers any unknown address, even one shaped like an article, with the not-found page:
  // only that page's own marker makes a not-found page, never a side file that failed to load.
  if (document.querySelector(`[data-page="${notFoundMarker}"]`)) {
    const landing: Route = { page: 'notFound', language: route.page === 'home' ? null : route.language };
    const initialRoute: Route = { page: 'notFound', language: prerendered };
    const relanguage = languageOf(landing) !== prerendered;
    hydrateRoot(root, <App i18n={i18n} initialRoute={initialRoute} landing={relanguage ? landing : undefined} />);
    return;
  }

  if (document.querySelector(`[data-page="${libraryMarker}"]`)) {
    // Without the catalog, hydration could not render the list the page shows: it stays the prerendered page,
    // whole and working (plain links), without the reader's progress.
    const catalog = await loadCatalogIndex();
    if (catalog) hydrateRoot(root, <App i18n={i18n} initialRoute={{ page: 'library', language: prerendered }} catalog={catalog} />);
    return;
  }

  if (route.page === 'article') {
    // A link to both languages needs the second edition too: fetched beside the first, not after it.
    const loadSecond = () => loadEdition(i18n, otherLanguage(route.language), route.slug).catch(() => null);
    const second = route.view === 'both' ? loadSecond() : null;
    // The next article for the last page, from the catalog (data, not script: the first view's JS is unchanged).
    const catalog = loadCatalogIndex();
    let edition = await loadEdition(i18n, route.language, route.slug).catch(() => null);
    // The file failed (offline, a server error, a truncated or wrong file): the page itself holds the
    // whole article, so the reader still pages through it, and says that the rest may not work.
    const contentFallback = edition === null;
    if (!edition) {
      edition = editionFromPage(document, route.language, route.slug);
      if (!edition) return;
      storeEdition(i18n, edition);
    }
    const resumable = route.position ? null : resumePosition(route, edition);
    const view = landingView(route, resumable !== null);
    // Wanted before the first render in both languages, so that it lays out once (without it, it shows one).
    if (view === 'both') await (second ?? loadSecond());
    const loaded = await catalog;
    // Without the catalog, the link the prerender wrote: hydration must render what the page shows.
    const next = loaded ? nextArticle(loaded, route.slug) : nextArticleFromPage(document, route.language);
    // The page as it is now: prerendered in one language, and, when the entry's engine runs
    // (earlyReader.ts), at the place the URL now records: the link's, or the page the reader turned to while
    // the app loaded, which wins over the link and over "continue reading". The engine keeps the toggle's
    // link and the toolbar at that place. Without it, the article's start. Hydrate that, then land at the
    // position and view, or React would keep the attributes it found. Read after the last await: a page
    // turned while the app waited must be the page it hydrates.
    const early = handOverEarlyReader();
    const now = early ? currentRoute() : route;
    const current = now.page === 'article' ? now.position : route.position;
    const resumedPosition = samePosition(current, route.position) ? resumable : null;
    const position = current ?? resumedPosition;
    const initialRoute: ArticleRoute = { ...route, position: early ? current : null, view: 'one' };
    const landing = position || view !== 'one' ? { ...route, position, view } : undefined;
    hydrateRoot(
      root,
      <App
        i18n={i18n}
        initialRoute={initialRoute}
        landing={landing}
        next={next}
        resumed={resumedPosition !== null}
        contentFallback={contentFallback}
      />,
    );
    return;
  }

  let catalog: CatalogIndex | undefined;
  if (route.page === 'home') catalog = (await loadCatalogIndex()) ?? { articles: [] };
  hydrateRoot(root, <App i18n={i18n} initialRoute={route} catalog={catalog} />);
}

/** `/content/index.json`, checked; null if it cannot be had. */
async function loadCatalogIndex(): Promise<CatalogIndex | null> {
  const response = await fetch(catalogIndexPath()).catch(() => null);
  const parsed = catalogIndexSchema.safeParse(response?.ok ? await response.json().catch(() => null) : null);
  return parsed.success ? parsed.data : null;
}

/**
 * The view a link opens in. A link that names both languages opens in both; "continue reading" returns to
 * the view the reader left; a plain link (no place, no view) opens in the reader's preferred view (the
 * reader settings); a link to a place in one language, as someone shared it, in one language.
 */
function landingView(route: ArticleRoute, resumed: boolean): View {
  if (route.view === 'both') return 'both';
  if (resumed) return recallView(route.slug) ?? storedSettings().view;
  return route.position ? 'one' : storedSettings().view;
}

/**
 * Continue reading: a link without a position resumes where this device left off (a link with one, a shared
 * link, always wins). A remembered paragraph that the article no longer has is forgotten, silently.
 */
function resumePosition(route: ArticleRoute, edition: Edition): Position | null {
  const recalled = recallPosition(route.slug, route.language);
  if (!recalled) return null;
  if (edition.paragraphs.some((paragraph) => paragraph.id === recalled.paragraph)) return recalled;
  forgetPosition(route.slug);
  return null;
}

import { hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { notFoundMarker } from './app/NotFoundPage.tsx';
import { catalogIndexSchema, type CatalogIndex } from './articles/catalogIndex.ts';
import { loadEdition } from './articles/editionStore.ts';
import { recallPosition } from './articles/readingProgress.ts';
import { createI18n } from './i18n/createI18n.ts';
import { defaultLanguage, isLanguage } from './i18n/languages.ts';
import { currentRoute } from './routing/history.ts';

/**
 * Makes a prerendered page interactive by hydrating the same tree the prerender rendered, with the same
 * data (the article edition the page preloaded). Loaded by main.tsx once the page has been painted.
 */
export async function startApp(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  let route = currentRoute();
  // Hydrate in the language the page was prerendered in; a static host may serve the English 404 page
  // under /ko/, which then switches to Korean right after hydration.
  const prerendered = document.documentElement.lang;
  const i18n = createI18n(isLanguage(prerendered) ? prerendered : defaultLanguage);

  let catalog: CatalogIndex | undefined;
  // A static host answers any unknown address, even one shaped like an article, with the not-found page.
  if (route.page === 'article' && document.querySelector(`[data-page="${notFoundMarker}"]`)) {
    route = { page: 'notFound', language: route.language };
  } else if (route.page === 'article') {
    const edition = await loadEdition(i18n, route.language, route.slug).catch(() => undefined);
    // Offline or a server error: the prerendered article stays readable as static text.
    if (edition === undefined) return;
    // No such article: this is the not-found page the server sent.
    if (edition === null) route = { page: 'notFound', language: route.language };
  } else if (route.page === 'home') {
    const response = await fetch('/content/index.json').catch(() => null);
    const parsed = catalogIndexSchema.safeParse(await response?.json().catch(() => null));
    catalog = parsed.success ? parsed.data : { articles: [] };
  }

  // Continue reading: a link without a position resumes where this device left off; a link with one
  // (a shared link) always wins.
  let resumed = false;
  if (route.page === 'article' && !route.position) {
    const recalled = recallPosition(route.slug, route.language);
    if (recalled) {
      route = { ...route, position: recalled };
      resumed = true;
    }
  }

  hydrateRoot(root, <App i18n={i18n} initialRoute={route} catalog={catalog} resumed={resumed} />);
  if (route.page === 'notFound' && route.language && route.language !== i18n.language) {
    void i18n.changeLanguage(route.language);
  }
}

import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/App.tsx';
import { ArticleHead, pageTitle, SimpleHead } from './app/DocumentHead.tsx';
import { LibraryHead } from './app/LibraryHead.tsx';
import { nextArticle, type CatalogIndex } from './articles/catalogIndex.ts';
import type { Edition } from './articles/edition.ts';
import { storeEdition } from './articles/editionStore.ts';
import { createI18n } from './i18n/createI18n.ts';
import type { Language } from './i18n/languages.ts';

/**
 * The prerender entry (built with `vite build --ssr`, called by scripts/build/prerender.ts): renders one page to
 * the HTML of its body and its `<head>` tags. The browser entry (main.tsx) hydrates the same tree.
 */
export interface RenderedPage {
  language: Language;
  head: string;
  body: string;
}

/**
 * `previewImage`: the site path of the edition's link-preview image, which the build names (scripts/og/);
 * `catalog` names the next article for the last page (none given: the article is the only one).
 */
export function renderArticle(edition: Edition, origin: string, previewImage: string, catalog: CatalogIndex = { articles: [] }): RenderedPage {
  const i18n = createI18n(edition.language);
  storeEdition(i18n, edition);
  const route = { page: 'article', language: edition.language, slug: edition.slug, position: null, view: 'one' } as const;
  return page(
    edition.language,
    <ArticleHead edition={edition} origin={origin} previewImage={previewImage} t={i18n.t} />,
    <App i18n={i18n} initialRoute={route} next={nextArticle(catalog, edition.slug)} />,
  );
}

export function renderNotFound(language: Language): RenderedPage {
  const i18n = createI18n(language);
  return page(
    language,
    <SimpleHead title={pageTitle(i18n.t('notFound.title'), i18n.t)} description={i18n.t('notFound.body')} />,
    <App i18n={i18n} initialRoute={{ page: 'notFound', language }} />,
  );
}

export function renderHome(catalog: CatalogIndex, language: Language): RenderedPage {
  const i18n = createI18n(language);
  return page(
    language,
    <SimpleHead title={i18n.t('siteName')} description={i18n.t('home.title')} />,
    <App i18n={i18n} initialRoute={{ page: 'home' }} catalog={catalog} />,
  );
}

/** `previewImage`: the site path of the newest article's preview image in this language (null: no article). */
export function renderLibrary(catalog: CatalogIndex, language: Language, origin: string, previewImage: string | null): RenderedPage {
  const i18n = createI18n(language);
  return page(
    language,
    <LibraryHead catalog={catalog} language={language} origin={origin} previewImage={previewImage} t={i18n.t} />,
    <App i18n={i18n} initialRoute={{ page: 'library', language }} catalog={catalog} />,
  );
}

function page(language: Language, head: ReactNode, body: ReactNode): RenderedPage {
  return { language, head: renderToStaticMarkup(head), body: renderToString(body) };
}

import type * as ServerModule from '../../src/entry-server.tsx';
import type { RenderedPage } from '../../src/entry-server.tsx';
import { defaultLanguage, languages, type Language } from '../../src/i18n/languages.ts';
import { articleFile, libraryFile } from '../../src/routing/paths.ts';
import { buildCatalogIndex } from '../content/buildCatalogIndex.ts';
import type { Content } from '../content/validateContent.ts';

/**
 * The site's pages, each by the file a static host serves it from: what the prerender writes into dist/
 * and what the dev server renders on request, so both serve the same pages from the same code.
 */
export type ServerEntry = typeof ServerModule;

export const homePageFile = 'index.html';

/** The not-found page of each language: Korean under /ko/, the default language's at the root. */
export const notFoundPageFile = (language: Language): string => (language === defaultLanguage ? '404.html' : `${language}/404.html`);

/** Every page, rendered only when asked for (the dev server renders one per request). */
export function sitePages(server: ServerEntry, content: Content, origin: string): Map<string, () => RenderedPage> {
  const pages = new Map<string, () => RenderedPage>();
  const catalog = buildCatalogIndex(content);
  for (const edition of content.editions) pages.set(articleFile(edition.language, edition.slug), () => server.renderArticle(edition, origin, catalog));
  for (const language of languages) pages.set(libraryFile(language), () => server.renderLibrary(catalog, language, origin));
  for (const language of languages) pages.set(notFoundPageFile(language), () => server.renderNotFound(language));
  pages.set(homePageFile, () => server.renderHome(catalog, defaultLanguage));
  return pages;
}

/** The page: `template` (index.html as Vite transformed it) with the rendered `<html lang>`, head and body. */
export function fillTemplate(template: string, page: RenderedPage): string {
  // Replacer functions, not strings: a `$'` or `$&` in article text must not be read as a pattern.
  const html = template
    .replace('<html lang="en">', () => `<html lang="${page.language}">`)
    .replace('<!--app-head-->', () => page.head)
    .replace('<!--app-body-->', () => page.body);
  if (html.includes('<!--app-')) throw new Error('index.html placeholders were not all filled');
  return html;
}

const serverExports = ['renderArticle', 'renderLibrary', 'renderNotFound', 'renderHome'] as const;

function isServerEntry(module: object): module is ServerEntry {
  return serverExports.every((name) => typeof Reflect.get(module, name) === 'function');
}

/** A module loaded at run time (the SSR build, or the dev server's) has no static type: check its exports. */
export function asServerEntry(module: object, source: string): ServerEntry {
  if (!isServerEntry(module)) throw new Error(`${source} does not export ${serverExports.join(', ')}`);
  return module;
}

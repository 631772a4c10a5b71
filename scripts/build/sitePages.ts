import type * as ServerModule from '../../src/entry-server.tsx';
import type { RenderedPage } from '../../src/entry-server.tsx';
import { defaultLanguage, languages } from '../../src/i18n/languages.ts';
import { articleFile, libraryFile } from '../../src/routing/paths.ts';
import { notFoundPageFile } from '../../src/routing/notFoundPageFile.ts';
import { buildCatalogIndex } from '../content/buildCatalogIndex.ts';
import type { Content } from '../content/validateContent.ts';
import { previewImageOf } from '../og/previewImage.ts';

/**
 * The site's pages, each by the file a static host serves it from: what the prerender writes into dist/
 * and what the dev server renders on request, so both serve the same pages from the same code.
 */
export type ServerEntry = typeof ServerModule;

export const homePageFile = 'index.html';

export { notFoundPageFile } from '../../src/routing/notFoundPageFile.ts';

/** Every page, rendered only when asked for (the dev server renders one per request). */
export function sitePages(server: ServerEntry, content: Content, origin: string): Map<string, () => RenderedPage> {
  const pages = new Map<string, () => RenderedPage>();
  const catalog = buildCatalogIndex(content);
  for (const edition of content.editions) {
    pages.set(articleFile(edition.language, edition.slug), () => server.renderArticle(edition, origin, previewImageOf(edition).path, catalog));
  }
  for (const language of languages) {
    // A shared library link shows what is new: the newest article's card in that language.
    const newest = content.editions.find((edition) => edition.language === language && edition.slug === catalog.articles[0]?.slug);
    pages.set(libraryFile(language), () => server.renderLibrary(catalog, language, origin, newest ? previewImageOf(newest).path : null));
  }
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

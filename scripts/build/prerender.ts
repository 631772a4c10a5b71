import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerModule from '../../src/entry-server.tsx';
import { articleFile } from '../../src/routing/paths.ts';
import { buildCatalogIndex } from '../content/buildCatalogIndex.ts';
import { readContent } from '../content/readContent.ts';
import { siteOrigin } from './siteOrigin.ts';

/**
 * Step three of `npm run build` (after the client and SSR builds): writes static HTML for every article in
 * every language, the not-found pages (dist/404.html, dist/ko/404.html) and the home page, by filling the
 * client build's index.html with each page's rendered head and body.
 */
type ServerEntry = typeof ServerModule;

const root = process.cwd();
const dist = join(root, 'dist');
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const server: ServerEntry = await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href);
const content = readContent(root);
const origin = siteOrigin();

function fill(page: ReturnType<ServerEntry['renderHome']>): string {
  // Replacer functions, not strings: a `$'` or `$&` in article text must not be read as a pattern.
  const html = template
    .replace('<html lang="en">', () => `<html lang="${page.language}">`)
    .replace('<!--app-head-->', () => page.head)
    .replace('<!--app-body-->', () => page.body);
  if (html.includes('<!--app-')) throw new Error('index.html placeholders were not all filled');
  return html;
}

function write(file: string, html: string): void {
  const path = join(dist, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
}

for (const edition of content.editions) {
  write(articleFile(edition.language, edition.slug), fill(server.renderArticle(edition, origin)));
}
write('404.html', fill(server.renderNotFound('en')));
write('ko/404.html', fill(server.renderNotFound('ko')));
write('index.html', fill(server.renderHome(buildCatalogIndex(content), 'en')));

console.log(`prerendered ${content.editions.length} article pages, 2 not-found pages and the home page for ${origin}`);

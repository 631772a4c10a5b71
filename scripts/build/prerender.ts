import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readContent } from '../content/readContent.ts';
import { siteFeeds } from './siteFeeds.ts';
import { asServerEntry, fillTemplate, sitePages } from './sitePages.ts';

/**
 * Step three of the build (scripts/build/build.ts, after the client and SSR builds): writes static HTML for
 * every page of the site (every article in every language, the libraries, the not-found pages and the home
 * page) into dist/, by filling the client build's index.html with each page's rendered head and body; then the
 * feeds, the sitemap and robots.txt (siteFeeds.ts).
 */
export async function prerender(root: string, origin: string): Promise<void> {
  const dist = join(root, 'dist');
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = join(root, 'dist-ssr', 'entry-server.js');
  const server = asServerEntry(await import(pathToFileURL(entry).href), entry);
  const content = readContent(root);
  for (const [file, render] of sitePages(server, content, origin)) {
    const path = join(dist, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fillTemplate(template, render()));
  }
  for (const [file, text] of siteFeeds(content, origin)) writeFileSync(join(dist, file), text);
  console.log(`prerendered ${content.editions.length} article pages, the libraries, the not-found pages, the home page, the feeds, sitemap.xml and robots.txt for ${origin}`);
}

import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readContent } from '../content/readContent.ts';
import { localSiteOrigin } from './siteOrigin.ts';
import { siteFeeds } from './siteFeeds.ts';
import { asServerEntry, fillTemplate, sitePages } from './sitePages.ts';
import { answerRequest, mediaTypeOf } from './staticHost.ts';

/**
 * `npm run dev`: serves every page the build serves, rendered on request by the same code as the prerender
 * (sitePages.ts, with src/entry-server.tsx loaded through Vite instead of from the SSR build) and answered by
 * the same static-host rule as the preview server (staticHost.ts): the articles in both languages, the home
 * page, the localized not-found page with status 404, the 301 to the trailing slash; and the feeds, the
 * sitemap and robots.txt (siteFeeds.ts), made from the content as it is now. The browser hydrates the
 * page as it does in production. Hot reload: components and styles through Vite's HMR, and a full reload
 * when anything under locales/ changes (the article text is read from there, not imported).
 */
export function devPagesPlugin(): Plugin {
  return {
    name: 'reader-dev-pages',
    apply: 'serve',
    configureServer(server) {
      // Returned: installed after Vite's own middlewares (modules, public files, /content/), so whatever
      // reaches it is a page, as on a static host.
      return () => {
        server.middlewares.use((request, response, next) => {
          if (request.method !== 'GET' && request.method !== 'HEAD') return next();
          // originalUrl: Vite has rewritten `/` to `/index.html` by now.
          servePage(server, request.originalUrl ?? request.url ?? '/', response).catch(next);
        });
      };
    },
    hotUpdate({ file }) {
      const path = relative(this.environment.config.root, file);
      if (path.split(sep)[0] !== 'locales') return;
      // The server side re-reads locales/ on every request and Vite has already dropped the modules of the
      // changed file (ui.json); the page in the browser must load again to show the change.
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}

async function servePage(server: ViteDevServer, url: string, response: ServerResponse): Promise<void> {
  const root = server.config.root;
  const entry = asServerEntry(await server.ssrLoadModule('/src/entry-server.tsx'), 'src/entry-server.tsx');
  const content = readContent(root);
  const pages = sitePages(entry, content, devOrigin(server));
  const feeds = siteFeeds(content, devOrigin(server));
  const reply = answerRequest(url, (file) => pages.has(file) || feeds.has(file));
  if (reply.kind === 'redirect') {
    response.statusCode = 301;
    response.setHeader('Location', reply.location);
    response.end();
    return;
  }
  const feed = reply.kind === 'file' ? feeds.get(reply.file) : undefined;
  if (feed !== undefined) {
    response.setHeader('Content-Type', mediaTypeOf(reply.file) ?? 'text/plain; charset=utf-8');
    response.end(feed);
    return;
  }
  const render = pages.get(reply.file);
  if (!render) throw new Error(`the site has no page ${reply.file}`);
  // Vite's transform adds its client and React's refresh runtime; then the page is filled as in the build.
  const template = await server.transformIndexHtml(url, readFileSync(join(root, 'index.html'), 'utf8'), url);
  response.statusCode = reply.kind === 'notFound' ? 404 : 200;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(fillTemplate(template, render()));
}

/** Absolute URLs in the dev pages' head point at the dev server itself. */
function devOrigin(server: ViteDevServer): string {
  const local = server.resolvedUrls?.local[0];
  return local ? new URL(local).origin : localSiteOrigin;
}

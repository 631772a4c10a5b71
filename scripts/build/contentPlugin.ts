import type { Plugin, ResolvedConfig } from 'vite';
import { catalogIndexPath, editionPath } from '../../src/routing/paths.ts';
import { buildCatalogIndex } from '../content/buildCatalogIndex.ts';
import { readContent } from '../content/readContent.ts';
import { ContentError, type Content } from '../content/validateContent.ts';
import { parseRequestPath } from './staticHost.ts';

/**
 * Publishes the article bundles under locales/ as static files the reader fetches
 * (`/content/{lang}/{slug}.json`, plus `/content/index.json`), after validating all of them: a broken or
 * incomplete bundle stops the build with the file and key named. The dev server serves the same files,
 * validated afresh on every request, so an edit shows on reload.
 */
export function contentPlugin(): Plugin {
  let config: ResolvedConfig;
  let built: Content | undefined;
  const files = (content: Content): Map<string, string> => {
    const out = new Map<string, string>();
    for (const edition of content.editions) out.set(editionPath(edition.language, edition.slug), JSON.stringify(edition));
    out.set(catalogIndexPath(), JSON.stringify(buildCatalogIndex(content)));
    return out;
  };
  /** The validated content, or a ContentError naming every problem. */
  const load = (): Content => readContent(config.root);

  return {
    name: 'reader-content',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (config.command !== 'build') return;
      try {
        built = load();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
      this.addWatchFile(`${config.root}/locales`);
    },
    generateBundle() {
      if (config.build.ssr || !built) return;
      for (const [path, source] of files(built)) this.emitFile({ type: 'asset', fileName: path.slice(1), source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = parseRequestPath(request.url ?? '/');
        if (path?.segments[0] !== 'content') return next();
        // A ContentError goes to Vite's error page, with the file and key named.
        const body = files(load()).get(`/${path.segments.join('/')}`);
        response.statusCode = body ? 200 : 404;
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(body ?? '{"error":"not found"}');
      });
    },
  };
}

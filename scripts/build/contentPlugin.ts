import type { Plugin, ResolvedConfig } from 'vite';
import { editionPath } from '../../src/routing/paths.ts';
import { previewImageProblems } from '../og/checkPreviewImages.ts';
import { buildCatalogIndex } from '../content/buildCatalogIndex.ts';
import { readContent } from '../content/readContent.ts';
import { ContentError, type Content } from '../content/validateContent.ts';

/**
 * Publishes the article bundles under locales/ as static files the reader fetches
 * (`/content/{lang}/{slug}.json`, plus `/content/index.json`), after validating all of them: a broken or
 * incomplete bundle (or a missing preview image) stops the build with the file and key named. The dev
 * server serves the same files.
 */
export function contentPlugin(): Plugin {
  let config: ResolvedConfig;
  let content: Content;
  const files = (): Map<string, string> => {
    const out = new Map<string, string>();
    for (const edition of content.editions) out.set(editionPath(edition.language, edition.slug), JSON.stringify(edition));
    out.set('/content/index.json', JSON.stringify(buildCatalogIndex(content)));
    return out;
  };
  const load = (fail: (message: string) => never): void => {
    try {
      content = readContent(config.root);
      const imageProblems = previewImageProblems(config.root, content);
      if (imageProblems.length > 0) throw new ContentError(imageProblems);
    } catch (error) {
      if (error instanceof ContentError) fail(error.message);
      throw error;
    }
  };

  return {
    name: 'reader-content',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      load((message) => this.error(message));
      this.addWatchFile(`${config.root}/locales`);
    },
    generateBundle() {
      if (config.build.ssr) return;
      for (const [path, source] of files()) this.emitFile({ type: 'asset', fileName: path.slice(1), source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith('/content/')) return next();
        load((message) => {
          throw new Error(message);
        });
        const body = files().get(request.url.split('?')[0] ?? '');
        response.statusCode = body ? 200 : 404;
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(body ?? '{"error":"not found"}');
      });
    },
  };
}

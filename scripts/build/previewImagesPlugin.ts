import type { Plugin, ResolvedConfig } from 'vite';
import type { Edition } from '../../src/articles/edition.ts';
import { readContent } from '../content/readContent.ts';
import { CardFontError } from '../og/cardFonts.ts';
import { previewImageOf, type PreviewImage } from '../og/previewImage.ts';
import { cacheDirectory, PreviewImageCache } from '../og/previewImageCache.ts';
import { parseRequestPath } from './staticHost.ts';

/**
 * The link-preview images (og:image), made by the build: one 1200x630 PNG per edition at the path its
 * card's hash names (`/og/<lang>/<slug>-<hash8>.png`, scripts/og/previewImage.ts), drawn only when that card
 * is not in the cache yet (scripts/og/previewImageCache.ts). The prerender names the same path in each page.
 * The dev server draws and serves them on request, so its pages' og:image works too.
 */
export function previewImagesPlugin(): Plugin {
  let config: ResolvedConfig;
  let cache: PreviewImageCache;
  /** Every edition's image by its site path. */
  const images = (editions: readonly Edition[]): Map<string, PreviewImage> =>
    new Map(editions.map((edition) => previewImageOf(edition)).map((image) => [image.path, image]));

  return {
    name: 'reader-preview-images',
    configResolved(resolved) {
      config = resolved;
      cache = new PreviewImageCache(cacheDirectory(resolved.root));
    },
    generateBundle() {
      if (config.build.ssr) return;
      let drawn = 0;
      const all = images(readContent(config.root).editions);
      try {
        for (const [path, image] of all) {
          const cached = cache.get(image);
          if (cached.drawn) drawn += 1;
          this.emitFile({ type: 'asset', fileName: path.slice(1), source: cached.png });
        }
      } catch (error) {
        // Fonts missing: the message says which package to install.
        if (error instanceof CardFontError) this.error(error.message);
        throw error;
      }
      config.logger.info(`preview images: ${all.size}, of which ${drawn} drawn now and ${all.size - drawn} from the cache`);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = parseRequestPath(request.url ?? '/');
        if (path?.segments[0] !== 'og') return next();
        const image = images(readContent(config.root).editions).get(`/${path.segments.join('/')}`);
        if (!image) {
          response.statusCode = 404;
          response.end();
          return;
        }
        response.setHeader('Content-Type', 'image/png');
        response.end(cache.get(image).png);
      });
    },
  };
}

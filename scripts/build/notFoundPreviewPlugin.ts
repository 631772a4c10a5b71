import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Files in dist/ that a static host reads as its configuration and does not serve. */
const hostOnlyFiles = new Set(['/_headers']);

/**
 * Makes `vite preview` answer like a well-configured static host:
 * - `/en/articles/<slug>` (no trailing slash) redirects to the directory URL, as GitHub Pages and Netlify do;
 * - anything else that is not a file gets HTTP 404 with the prerendered not-found page, Korean under /ko/;
 * - so does `/_headers`: the host reads that file (securityHeaders.ts), it never serves it.
 * Vite's own preview would answer 404 with an empty body. (The security headers are already set on the
 * response by securityHeadersPlugin.)
 */
export function notFoundPreviewPlugin(): Plugin {
  return {
    name: 'reader-not-found-preview',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const notFound = (pathname: string, response: ServerResponse, next: () => void): void => {
        const localized = join(dist, pathname.startsWith('/ko/') || pathname === '/ko' ? 'ko/404.html' : '404.html');
        if (!existsSync(localized)) return next();
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(readFileSync(localized));
      };
      // Before Vite's static files: host configuration files are not pages.
      server.middlewares.use((request, response, next) => {
        const { pathname } = requestPath(request.url);
        if (hostOnlyFiles.has(decodeSafely(pathname))) return notFound(pathname, response, next);
        next();
      });
      // Returned function: runs after Vite's static and HTML middlewares are installed, before its empty 404.
      return () => {
        server.middlewares.use((request, response, next) => {
          const { pathname, query } = requestPath(request.url);
          if (pathname.endsWith('.html')) return next();
          if (!pathname.endsWith('/') && existsSync(join(dist, decodeSafely(pathname), 'index.html'))) {
            response.statusCode = 301;
            response.setHeader('Location', `${pathname}/${query ? `?${query}` : ''}`);
            return response.end();
          }
          notFound(pathname, response, next);
        });
      };
    },
  };
}

/** A request URL's path, with one leading slash, and its query. */
function requestPath(url = '/'): { pathname: string; query: string } {
  const [rawPath = '/', query = ''] = url.split('?');
  // One leading slash: a Location of `//ko/…` would send the browser to a host named "ko", and `//_headers`
  // is `/_headers` to the static file server.
  return { pathname: `/${rawPath.replace(/^\/+/, '')}`, query };
}

function decodeSafely(pathname: string): string {
  try {
    // Only used to look for a directory; `..` segments are already resolved by the URL parser upstream.
    return decodeURIComponent(pathname).replaceAll('..', '');
  } catch {
    return pathname;
  }
}

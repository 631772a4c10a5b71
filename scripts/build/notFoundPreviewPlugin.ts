import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { answerRequest, fileUrl, mediaTypeOf } from './staticHost.ts';

/**
 * Makes `vite preview` answer like a well-configured static host (the rule is staticHost.ts):
 * - `/en/articles/<slug>` (no trailing slash) redirects to the directory URL;
 * - anything that is not a file of dist/ gets HTTP 404 with the prerendered not-found page, Korean under /ko/;
 * - so do `_headers` and `_headers.nginx.conf` in every spelling: a host reads them (securityHeaders.ts), it never
 *   serves them;
 * - the feeds, the sitemap and robots.txt are sent with their own media types (staticHost.ts, mediaTypeOf).
 * A file is handed on to Vite's static server under its normalised path, so that no other spelling of a
 * path reaches it. (The security headers are already set on the response by securityHeadersPlugin.)
 */
export function notFoundPreviewPlugin(): Plugin {
  return {
    name: 'reader-not-found-preview',
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const hasFile = (file: string): boolean => {
        try {
          return statSync(join(dist, file)).isFile();
        } catch {
          // Not there, or a name no file system takes (too long, a NUL byte): either way, no such file.
          return false;
        }
      };
      const answer = (request: IncomingMessage, response: ServerResponse, next: Connect.NextFunction): void => {
        const reply = answerRequest(request.url ?? '/', hasFile);
        if (reply.kind === 'file') {
          const query = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
          request.url = `${fileUrl(reply.file)}${query}`;
          // Vite's static server (sirv) keeps a Content-Type already set on the response over its own guess.
          const mediaType = mediaTypeOf(reply.file);
          if (mediaType) response.setHeader('Content-Type', mediaType);
          return next();
        }
        if (reply.kind === 'redirect') {
          response.statusCode = 301;
          response.setHeader('Location', reply.location);
          response.end();
          return;
        }
        if (!hasFile(reply.file)) return next();
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(readFileSync(join(dist, reply.file)));
      };
      // Before Vite's static files, so that they see only normalised paths of files that exist.
      server.middlewares.use(answer);
    },
  };
}

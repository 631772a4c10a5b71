import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  headersFile,
  headersFileName,
  metaContentSecurityPolicy,
  nginxHeadersFile,
  nginxHeadersFileName,
  parseHeadersFile,
  securityHeaders,
  styleHashes,
} from './securityHeaders.ts';

/**
 * In the build: puts the policy, with the hash of the page's inlined stylesheet, into every page as a meta
 * tag (so it holds on hosts that cannot set headers), and writes the full header set to `dist/_headers` and,
 * as nginx directives, to `dist/_headers.nginx.conf` (which deploy/nginx/ includes).
 * In `vite preview`: serves that header set on every response, as a configured static host would.
 * Not in dev: Vite's dev server injects inline scripts and styles.
 * Listed after inlineStylesheetPlugin, so it sees the final `<style>` element.
 */
export function securityHeadersPlugin(): Plugin {
  let hashes: string[] | undefined;
  return {
    name: 'reader-security-headers',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The dev server injects inline scripts and styles of its own: no policy there.
        if (context.server) return html;
        hashes = styleHashes(html);
        return {
          html,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy(hashes) }, injectTo: 'head-prepend' }],
        };
      },
    },
    generateBundle() {
      if (!hashes) return;
      const headers = securityHeaders(hashes);
      this.emitFile({ type: 'asset', fileName: headersFileName, source: headersFile(headers) });
      this.emitFile({ type: 'asset', fileName: nginxHeadersFileName, source: nginxHeadersFile(headers) });
    },
    configurePreviewServer: {
      // First of all middlewares (the plugin's own and Vite's), so static files, redirects and the
      // not-found page all carry them.
      order: 'pre',
      handler(server) {
        const file = resolve(server.config.root, server.config.build.outDir, headersFileName);
        if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:local\` (or a build with SITE_ORIGIN) before previewing`);
        const headers = parseHeadersFile(readFileSync(file, 'utf8'));
        server.middlewares.use((_request, response, next) => {
          for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
          next();
        });
      },
    },
  };
}

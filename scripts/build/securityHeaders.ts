import { createHash } from 'node:crypto';

/**
 * The reader's Content-Security-Policy and companion headers: one source for the meta tag in built pages,
 * the `dist/_headers` file for static hosts and the preview server's headers (securityHeadersPlugin.ts).
 *
 * Nothing inline but the page's own stylesheet, allowed by its hash (it is inlined so the text paints
 * without waiting for a request: scripts/build/inlineStylesheetPlugin.ts). Prerendered pages load one
 * module script from the same origin, article text arrives as JSON by fetch (connect-src), text is
 * rendered as text. The engine sets styles through the CSSOM, which style-src does not govern; no `style`
 * attribute appears in the HTML.
 */
function policy(styleHashes: readonly string[]): Array<[string, string]> {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ')],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
}

/** Directives a <meta> tag cannot carry (browsers ignore them there, with a console error). */
const headerOnly = new Set(['frame-ancestors']);

export const contentSecurityPolicy = (styleHashes: readonly string[]): string =>
  policy(styleHashes)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const metaContentSecurityPolicy = (styleHashes: readonly string[]): string =>
  policy(styleHashes)
    .filter(([name]) => !headerOnly.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const securityHeaders = (styleHashes: readonly string[]): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(styleHashes),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

/** CSP source hashes (`sha256-…`) of the text of every `<style>` element in a page. */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (match) => `sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}`,
  );
}

/** Files the build writes into dist/ for the server to read, never to serve (staticHost.ts, deploy/nginx/). */
export const headersFileName = '_headers';
export const nginxHeadersFileName = '_headers.nginx.conf';

/** The `_headers` file that Netlify and Cloudflare Pages read as is: every path gets every header. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;
}

export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim();
  }
  return headers;
}

/**
 * The same headers as nginx directives, for the server block that serves this dist/ to `include`
 * (deploy/nginx/): written by the same build as the pages, so its stylesheet hash is theirs. `always` puts
 * them on redirects and not-found pages too, as `_headers` does. nginx reads a `$` in a value as a variable
 * and has no escape for it; none of our values needs a quote, a backslash or a control character either: such
 * a value stops the build rather than be written as a different header.
 */
export function nginxHeadersFile(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => {
    if (!/^[\w-]+$/.test(name) || /["\\$\p{Cc}]/u.test(value)) throw new Error(`cannot write the header ${name}: ${value} for nginx`);
    return `add_header ${name} "${value}" always;\n`;
  });
  return [
    '# Written by the build from scripts/build/securityHeaders.ts, with the hash of this build\'s stylesheet.\n',
    '# Included by the server block that serves this dist/ (deploy/nginx/); reload nginx whenever dist/ changes.\n',
    ...lines,
  ].join('');
}

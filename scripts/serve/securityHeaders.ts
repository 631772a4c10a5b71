import type { Plugin } from 'vite';

/**
 * The reader's Content-Security-Policy and companion headers: one source for the meta tag in built pages,
 * the preview server's headers and the README's advice to static hosts.
 *
 * Nothing inline: prerendered pages load one module script and one stylesheet from the same origin, article
 * text arrives as JSON by fetch (connect-src), text is rendered as text. The engine sets styles through the
 * CSSOM, which style-src does not govern; no `style` attribute appears in the HTML.
 */
const policy: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> tag cannot carry (browsers ignore them there, with a console error). */
const headerOnly = new Set(['frame-ancestors']);

export const contentSecurityPolicy = policy.map(([name, value]) => `${name} ${value}`).join('; ');
export const metaContentSecurityPolicy = policy
  .filter(([name]) => !headerOnly.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * Puts the policy into every built page as a meta tag (so it holds on hosts that cannot set headers) and
 * serves the full header set from `vite preview`. Not in dev: Vite's dev server injects inline scripts.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'reader-security-headers',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy }, injectTo: 'head-prepend' },
      ],
    },
  };
}

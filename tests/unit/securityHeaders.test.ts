import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  metaContentSecurityPolicy,
  nginxHeadersFile,
  parseHeadersFile,
  securityHeaders,
  styleHashes,
} from '../../scripts/build/securityHeaders.ts';
import { securityHeadersPlugin } from '../../scripts/build/securityHeadersPlugin.ts';
import {
  expectedHeaders,
  expectedHeadersFile,
  expectedMetaPolicy,
  expectedNginxHeadersFile,
  expectedPolicy,
  styleSourceHash,
} from '../fixtures/securityHeaders.ts';

/** The policy's hashes are source expressions without their quotes: `sha256-…`. */
const bareHash = (css: string): string => styleSourceHash(css).slice(1, -1);

describe('styleHashes', () => {
  it('hashes the exact text of each <style> element, as browsers do', () => {
    const css = ':root{--bg:#fff}.a>b{content:"ü"}';
    expect(styleHashes(`<head><style>${css}</style></head><body><style>p{}</style>`)).toEqual([bareHash(css), bareHash('p{}')]);
  });

  it('finds nothing in a page without inline styles', () => {
    expect(styleHashes('<link rel="stylesheet" href="/noscript.css"><p style="x">text</p>')).toEqual([]);
  });
});

describe('the header set, value by value', () => {
  const css = 'body{}';

  it('is the policy and its three companions, exactly', () => {
    expect(securityHeaders([bareHash(css)])).toEqual(expectedHeaders(styleSourceHash(css)));
    expect(contentSecurityPolicy([bareHash(css)])).toBe(expectedPolicy(styleSourceHash(css)));
  });

  it('puts into the meta tag the policy less what a meta tag cannot carry', () => {
    expect(metaContentSecurityPolicy([bareHash(css)])).toBe(expectedMetaPolicy(styleSourceHash(css)));
  });

  it('writes the _headers file static hosts read, which reads back as the same headers', () => {
    const file = headersFile(securityHeaders([bareHash(css)]));
    expect(file).toBe(expectedHeadersFile(styleSourceHash(css)));
    expect(parseHeadersFile(file)).toEqual(expectedHeaders(styleSourceHash(css)));
  });
});

describe('the nginx headers file', () => {
  it('is every header as an add_header line nginx sends on every response, the 404 and 301 too', () => {
    expect(nginxHeadersFile(securityHeaders([bareHash('body{}')]))).toBe(expectedNginxHeadersFile(styleSourceHash('body{}')));
  });

  it('refuses a value nginx would read differently, instead of writing a different header', () => {
    // `$` starts a variable, `"` ends the string, a line break or backslash changes the file.
    for (const value of ["default-src 'self' $host", 'a "b"', 'a\nadd_header X y', 'a\\b']) {
      expect(() => nginxHeadersFile({ 'Content-Security-Policy': value }), value).toThrow(/cannot write the header/);
    }
    expect(() => nginxHeadersFile({ 'X-A b': 'c' })).toThrow(/cannot write the header/);
  });
});

describe('securityHeadersPlugin', () => {
  const transform = (html: string, context: object) => {
    const hook = securityHeadersPlugin().transformIndexHtml;
    if (!hook || typeof hook === 'function') throw new Error('expected a transformIndexHtml hook object');
    return (hook.handler as (html: string, context: object) => unknown)(html, context);
  };
  const page = '<html><head><style>body{}</style></head></html>';

  it('puts the policy, with the page style hash, into built pages', () => {
    expect(transform(page, { path: '/index.html', filename: 'index.html' })).toEqual({
      html: page,
      tags: [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: expectedMetaPolicy(styleSourceHash('body{}')) },
          injectTo: 'head-prepend',
        },
      ],
    });
  });

  it('leaves the dev server alone, whose own inline scripts the policy would block', () => {
    expect(transform(page, { path: '/index.html', filename: 'index.html', server: {} })).toBe(page);
  });
});

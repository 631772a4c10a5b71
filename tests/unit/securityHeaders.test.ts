import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  metaContentSecurityPolicy,
  parseHeadersFile,
  securityHeaders,
  styleHashes,
} from '../../scripts/build/securityHeaders.ts';
import { securityHeadersPlugin } from '../../scripts/build/securityHeadersPlugin.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('styleHashes', () => {
  it('hashes the exact text of each <style> element, as browsers do', () => {
    const css = ':root{--bg:#fff}.a>b{content:"ü"}';
    expect(styleHashes(`<head><style>${css}</style></head><body><style>p{}</style>`)).toEqual([sha256(css), sha256('p{}')]);
  });

  it('finds nothing in a page without inline styles', () => {
    expect(styleHashes('<link rel="stylesheet" href="/noscript.css"><p style="x">text</p>')).toEqual([]);
  });
});

describe('the policy', () => {
  const hash = sha256('body{}');

  it('allows scripts only from the site and the inlined stylesheet only by its hash', () => {
    const policy = contentSecurityPolicy([hash]);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`style-src 'self' '${hash}';`);
    expect(policy).not.toContain('unsafe-inline');
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('leaves out of the meta tag what a meta tag cannot carry', () => {
    expect(metaContentSecurityPolicy([hash])).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy([hash])).toContain(`'${hash}'`);
  });

  it('writes a _headers file that reads back as the same headers', () => {
    const headers = securityHeaders([hash]);
    const file = headersFile(headers);
    expect(file.startsWith('/*\n  Content-Security-Policy: ')).toBe(true);
    expect(parseHeadersFile(file)).toEqual(headers);
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
    const result = transform(page, { path: '/index.html', filename: 'index.html' }) as { tags: Array<{ attrs: Record<string, string> }> };
    expect(result.tags[0]?.attrs['http-equiv']).toBe('Content-Security-Policy');
    expect(result.tags[0]?.attrs.content).toContain(`'${sha256('body{}')}'`);
  });

  it('leaves the dev server alone, whose own inline scripts the policy would block', () => {
    expect(transform(page, { path: '/index.html', filename: 'index.html', server: {} })).toBe(page);
  });
});

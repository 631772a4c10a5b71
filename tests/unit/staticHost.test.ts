import { describe, expect, it } from 'vitest';
import { answerRequest, mediaTypeOf, parseRequestPath } from '../../scripts/build/staticHost.ts';

const slug = 'dpk-leader-welcomes-us-n-korea-talks';
const files = new Set([
  'index.html',
  '404.html',
  'ko/404.html',
  '_headers',
  '_headers.nginx.conf',
  `en/articles/${slug}/index.html`,
  `ko/articles/${slug}/index.html`,
  `content/en/${slug}.json`,
]);
const answer = (url: string) => answerRequest(url, (file) => files.has(file));

describe('parseRequestPath', () => {
  it('decodes the path and resolves empty, dot and dot-dot segments as servers do before looking for a file', () => {
    for (const url of ['/_headers', '//_headers', '/./_headers', '/%5Fheaders', '/content/../_headers', '/content/%2e%2e/_headers', '/content/..%2F_headers', '/a/b/../../../_headers']) {
      expect(parseRequestPath(url)?.segments, url).toEqual(['_headers']);
    }
  });

  it('keeps whether the path names a directory, and the query', () => {
    expect(parseRequestPath('/en/articles/x/?a=1&b=2')).toEqual({ segments: ['en', 'articles', 'x'], first: 'en', directory: true, query: 'a=1&b=2' });
    expect(parseRequestPath('/en/articles/x')).toEqual({ segments: ['en', 'articles', 'x'], first: 'en', directory: false, query: '' });
    expect(parseRequestPath('/en/..')?.directory).toBe(true);
  });

  it('gives nothing for a path that cannot be decoded', () => {
    expect(parseRequestPath('/en/%E0%A4%A')).toBeNull();
  });
});

describe('answerRequest: the static host rule both servers follow', () => {
  it('serves a page from its directory URL and any spelling of it', () => {
    for (const url of [`/en/articles/${slug}/`, `/en/articles/${slug}/index.html`, `/ko/../en/articles/${slug}/`, `/en/articles/${slug}/?utm=x`]) {
      expect(answer(url), url).toEqual({ kind: 'file', file: `en/articles/${slug}/index.html` });
    }
    expect(answer('/')).toEqual({ kind: 'file', file: 'index.html' });
  });

  it('redirects a directory named without its slash, keeping the query, never to another host', () => {
    expect(answer(`/ko/articles/${slug}?x=1`)).toEqual({ kind: 'redirect', location: `/ko/articles/${slug}/?x=1` });
    expect(answer(`//ko/articles/${slug}`)).toEqual({ kind: 'redirect', location: `/ko/articles/${slug}/` });
  });

  it('never serves the host configuration files, however their path is spelled', () => {
    for (const url of ['/_headers', '/_headers/', '//_headers', '/%5Fheaders', '/content/../_headers', '/content/%2e%2e/_headers', '/_headers?x=1', '/_headers.nginx.conf', '/%5Fheaders.nginx.conf']) {
      expect(answer(url), url).toEqual({ kind: 'notFound', file: '404.html' });
    }
  });

  it('answers anything else with the not-found page of the language the path is in', () => {
    expect(answer('/no/such/page')).toEqual({ kind: 'notFound', file: '404.html' });
    expect(answer('/ko/no/such/page')).toEqual({ kind: 'notFound', file: 'ko/404.html' });
    expect(answer('/ko')).toEqual({ kind: 'notFound', file: 'ko/404.html' });
    expect(answer('/ko/articles/no-such-article/')).toEqual({ kind: 'notFound', file: 'ko/404.html' });
    expect(answer('/%E0%A4%A')).toEqual({ kind: 'notFound', file: '404.html' });
    // In the language the app reads from the path, which does not resolve an escaped `..%2f`.
    expect(answer('/ko/articles/..%2f..%2f..%2fvite.config.ts')).toEqual({ kind: 'notFound', file: 'ko/404.html' });
  });
});

describe('mediaTypeOf: the types a lookup by extension gets wrong', () => {
  it('types the feeds as Atom, the sitemap as XML and robots.txt as UTF-8 text; leaves the rest to the extension', () => {
    expect(mediaTypeOf('en/feed.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(mediaTypeOf('ko/feed.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(mediaTypeOf('sitemap.xml')).toBe('application/xml; charset=utf-8');
    expect(mediaTypeOf('robots.txt')).toBe('text/plain; charset=utf-8');
    expect(mediaTypeOf(`en/articles/${slug}/index.html`)).toBeNull();
    expect(mediaTypeOf(`content/en/${slug}.json`)).toBeNull();
  });
});

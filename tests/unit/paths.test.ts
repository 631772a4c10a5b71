import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages.ts';
import {
  absoluteUrl,
  articleFile,
  articlePath,
  catalogIndexPath,
  editionPath,
  homePath,
  libraryFile,
  libraryPath,
  parsePositionFragment,
  parseUrl,
  positionFragment,
  previewImagePath,
  sessionRoutePath,
  type Route,
} from '../../src/routing/paths.ts';
import { views } from '../../src/routing/view.ts';

const slug = 'dpk-leader-welcomes-us-n-korea-talks';

/** Parses a built path the way the browser hands it to the app: pathname, hash and query, split by the URL parser. */
function parseBuilt(path: string): Route {
  const url = new URL(path, 'http://x');
  return parseUrl(url.pathname, url.hash, url.search);
}

const languageArb = fc.constantFrom(...languages);
const viewArb = fc.constantFrom(...views);
const slugArb = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const positionArb = fc.record({
  paragraph: fc.stringMatching(/^[a-z][a-z0-9-]{0,63}$/),
  offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999_999 })),
});

describe('parseUrl', () => {
  it('reads the root path as the home page', () => {
    expect(parseUrl('/')).toEqual({ page: 'home' });
    expect(parseUrl('')).toEqual({ page: 'home' });
  });

  it('reads an article URL with its trailing slash as the article in that language, with no position', () => {
    expect(parseUrl(`/ko/articles/${slug}/`)).toEqual({ page: 'article', language: 'ko', slug, position: null, view: 'one' });
  });

  it('reads an article URL without the trailing slash as the same article', () => {
    expect(parseUrl(`/en/articles/${slug}`)).toEqual({ page: 'article', language: 'en', slug, position: null, view: 'one' });
  });

  it('reads #p3 as the start of paragraph p3', () => {
    expect(parseUrl(`/en/articles/${slug}/`, '#p3')).toEqual({
      page: 'article',
      language: 'en',
      slug,
      position: { paragraph: 'p3', offset: 0 },
      view: 'one',
    });
  });

  it('reads #p3.120 as character 120 of paragraph p3', () => {
    expect(parseUrl(`/ko/articles/${slug}/`, '#p3.120')).toEqual({
      page: 'article',
      language: 'ko',
      slug,
      position: { paragraph: 'p3', offset: 120 },
      view: 'one',
    });
  });

  it('opens the article from the start when the fragment is not a position', () => {
    for (const hash of ['#', '#P3', '#p3.', '#p3.-1', '#p3.1.2', '#3p', '#p3.1234567890', '#p%33', '#p3 ', '#content?x']) {
      expect(parseUrl(`/en/articles/${slug}/`, hash)).toEqual({ page: 'article', language: 'en', slug, position: null, view: 'one' });
    }
  });

  it('treats an unsupported language as not found, with no language to show it in', () => {
    expect(parseUrl(`/fr/articles/${slug}/`)).toEqual({ page: 'notFound', language: null });
    expect(parseUrl(`/EN/articles/${slug}/`)).toEqual({ page: 'notFound', language: null });
    expect(parseUrl('/favicon.ico')).toEqual({ page: 'notFound', language: null });
  });

  it('treats an unknown address under /ko/ as not found, shown in Korean', () => {
    expect(parseUrl('/ko/whatever')).toEqual({ page: 'notFound', language: 'ko' });
    expect(parseUrl('/ko/articles/')).toEqual({ page: 'notFound', language: 'ko' });
  });

  it('treats malformed slugs as not found in the language of the path', () => {
    for (const bad of ['DPK-leader', 'double--hyphen', '-leading', 'trailing-', 'under_score', 'dot.ted', 'spa%20ce', '한국어']) {
      expect(parseUrl(`/en/articles/${bad}/`)).toEqual({ page: 'notFound', language: 'en' });
    }
  });

  it('treats extra path segments after the slug as not found', () => {
    expect(parseUrl(`/en/articles/${slug}/extra/`)).toEqual({ page: 'notFound', language: 'en' });
    expect(parseUrl(`/ko/articles/${slug}/p3`)).toEqual({ page: 'notFound', language: 'ko' });
  });

  it('reads the prerendered file\'s own name (…/index.html, as a static host also serves it) as the article', () => {
    expect(parseUrl(`/ko/articles/${slug}/index.html`, '#p2')).toEqual({
      page: 'article',
      language: 'ko',
      slug,
      position: { paragraph: 'p2', offset: 0 },
      view: 'one',
    });
    expect(parseUrl(`/en/articles/index.html/${slug}/`)).toEqual({ page: 'notFound', language: 'en' });
  });

  it('treats a second segment other than "articles" as not found', () => {
    expect(parseUrl(`/en/article/${slug}/`)).toEqual({ page: 'notFound', language: 'en' });
    expect(parseUrl(`/en/${slug}/`)).toEqual({ page: 'notFound', language: 'en' });
  });

  it('decodes the path as servers do, so an encoded spelling of an article is that article', () => {
    expect(parseUrl(`/%65n/articles/${slug}/`)).toEqual({ page: 'article', language: 'en', slug, position: null, view: 'one' });
    expect(parseUrl(`/ko%2Farticles%2F${slug}%2F`)).toEqual({ page: 'article', language: 'ko', slug, position: null, view: 'one' });
  });

  it('treats percent-encoded junk as not found', () => {
    expect(parseUrl('/en/articles/%E2%80%9Cquote%E2%80%9D/')).toEqual({ page: 'notFound', language: 'en' });
    expect(parseUrl('/en/articles/%2e%2e/')).toEqual({ page: 'notFound', language: 'en' });
    expect(parseUrl('/en/articles/%3Cscript%3E/')).toEqual({ page: 'notFound', language: 'en' });
    // Not decodable at all (a lone %): nothing can be trusted, not even the language.
    expect(parseUrl('/en/articles/%/')).toEqual({ page: 'notFound', language: null });
  });

  it('treats path traversal as not found', () => {
    expect(parseUrl('/../../etc/passwd')).toEqual({ page: 'notFound', language: null });
    expect(parseUrl('/en/articles/../../etc/passwd')).toEqual({ page: 'notFound', language: 'en' });
    expect(parseUrl(`/en/articles/${slug}/..`)).toEqual({ page: 'notFound', language: 'en' });
    expect(parseUrl('/en/articles/..%2F..%2Fetc%2Fpasswd/')).toEqual({ page: 'notFound', language: 'en' });
  });

  it('reads /{lang}/ (also without the slash, or as its index.html) as that language\'s library', () => {
    expect(parseUrl('/en/')).toEqual({ page: 'library', language: 'en' });
    expect(parseUrl('/ko/')).toEqual({ page: 'library', language: 'ko' });
    expect(parseUrl('/ko')).toEqual({ page: 'library', language: 'ko' });
    expect(parseUrl('/ko/index.html')).toEqual({ page: 'library', language: 'ko' });
    expect(parseUrl('/%6bo/')).toEqual({ page: 'library', language: 'ko' });
    expect(parseUrl('/fr/')).toEqual({ page: 'notFound', language: null });
    expect(parseUrl('/KO/')).toEqual({ page: 'notFound', language: null });
  });

  it('never throws and always returns home, a library, an article or not found, for any pathname and hash', () => {
    const segment = fc.oneof(
      fc.constantFrom('en', 'ko', 'fr', 'articles', '..', '.', '%2e%2e', '', slug, 'p3', '__proto__', 'constructor'),
      fc.string(),
    );
    const pathname = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`),
    );
    const hash = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^#[a-z0-9.-]{0,12}$/));
    fc.assert(
      fc.property(pathname, hash, (path, fragment) => {
        const route = parseUrl(path, fragment);
        expect(['home', 'library', 'article', 'notFound']).toContain(route.page);
      }),
    );
  });
});

describe('parsePositionFragment', () => {
  it('reads a fragment with or without its leading #', () => {
    expect(parsePositionFragment('#p2.7')).toEqual({ paragraph: 'p2', offset: 7 });
    expect(parsePositionFragment('p2.7')).toEqual({ paragraph: 'p2', offset: 7 });
  });

  it('returns no position for an empty fragment', () => {
    expect(parsePositionFragment('')).toBeNull();
  });

  it('returns no position or a safe paragraph id with a whole, non-negative offset, for any string', () => {
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^#?[a-z][a-z0-9-]{0,70}(\.[0-9]{0,12})?$/),
    );
    fc.assert(
      fc.property(input, (hash) => {
        const position = parsePositionFragment(hash);
        if (position === null) return;
        expect(position.paragraph).toMatch(/^[a-z][a-z0-9-]{0,63}$/);
        expect(Number.isFinite(position.offset)).toBe(true);
        expect(Number.isInteger(position.offset)).toBe(true);
        expect(position.offset).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('building URLs', () => {
  it('builds the article path with a trailing slash, as the prerendered directory is served', () => {
    expect(articlePath('en', slug)).toBe(`/en/articles/${slug}/`);
    expect(articlePath('ko', slug, null)).toBe(`/ko/articles/${slug}/`);
  });

  it('puts the reading position in the fragment', () => {
    expect(articlePath('ko', slug, { paragraph: 'p3', offset: 120 })).toBe(`/ko/articles/${slug}/#p3.120`);
  });

  it('puts both languages in a query parameter before the position, and one language nowhere', () => {
    expect(articlePath('ko', slug, { paragraph: 'p3', offset: 12 }, 'both')).toBe(`/ko/articles/${slug}/?view=both#p3.12`);
    expect(articlePath('en', slug, null, 'both')).toBe(`/en/articles/${slug}/?view=both`);
    expect(articlePath('en', slug, null, 'one')).toBe(`/en/articles/${slug}/`);
  });

  it('reads ?view=both as both languages, and any other query (none, junk, other parameters) as one', () => {
    const view = (search: string) => {
      const route = parseUrl(`/en/articles/${slug}/`, '#p2', search);
      return route.page === 'article' ? route.view : null;
    };
    expect(view('?view=both')).toBe('both');
    expect(view('?utm_source=chat&view=both')).toBe('both');
    expect(view('')).toBe('one');
    expect(view('?view=BOTH')).toBe('one');
    expect(view('?view=')).toBe('one');
    expect(view('?view=%E0%A4%A')).toBe('one');
  });

  it('writes a paragraph start as a plain element anchor, without an offset', () => {
    expect(positionFragment({ paragraph: 'p3', offset: 0 })).toBe('#p3');
    expect(positionFragment({ paragraph: 'p3', offset: 120 })).toBe('#p3.120');
    expect(articlePath('en', slug, { paragraph: 'p1', offset: 0 })).toBe(`/en/articles/${slug}/#p1`);
  });

  it('round-trips any language, slug, position and view through the built URL', () => {
    fc.assert(
      fc.property(languageArb, slugArb, positionArb, viewArb, (language, articleSlug, position, view) => {
        expect(parseBuilt(articlePath(language, articleSlug, position, view))).toEqual({
          page: 'article',
          language,
          slug: articleSlug,
          position,
          view,
        });
      }),
    );
  });

  it('round-trips an article URL without a position to no position', () => {
    fc.assert(
      fc.property(languageArb, slugArb, (language, articleSlug) => {
        expect(parseBuilt(articlePath(language, articleSlug))).toEqual({
          page: 'article',
          language,
          slug: articleSlug,
          position: null,
          view: 'one',
        });
      }),
    );
  });

  it('builds the home path as the site root', () => {
    expect(homePath()).toBe('/');
    expect(parseBuilt(homePath())).toEqual({ page: 'home' });
  });

  it('builds each library path, and parses it back to the library', () => {
    for (const language of languages) {
      expect(libraryPath(language)).toBe(`/${language}/`);
      expect(parseBuilt(libraryPath(language))).toEqual({ page: 'library', language });
      expect(sessionRoutePath({ page: 'library', language })).toBe(`/${language}/`);
    }
  });

  it('builds the path of an article route the session goes to, place and view included', () => {
    const route = { page: 'article', language: 'ko', slug, position: { paragraph: 'p2', offset: 4 }, view: 'both' } as const;
    expect(sessionRoutePath(route)).toBe(`/ko/articles/${slug}/?view=both#p2.4`);
    expect(parseBuilt(sessionRoutePath(route))).toEqual(route);
  });

  it('writes each library where a static host serves its path, and names the catalog index', () => {
    expect(libraryFile('ko')).toBe('ko/index.html');
    expect(`/${libraryFile('en')}`).toBe(`${libraryPath('en')}index.html`);
    expect(catalogIndexPath()).toBe('/content/index.json');
  });

  it('builds the edition file path the browser fetches', () => {
    expect(editionPath('ko', slug)).toBe(`/content/ko/${slug}.json`);
    expect(editionPath('en', slug)).toBe(`/content/en/${slug}.json`);
  });

  it('writes the prerendered page where a static host serves the article path', () => {
    expect(articleFile('ko', slug)).toBe(`ko/articles/${slug}/index.html`);
    expect(`/${articleFile('ko', slug)}`).toBe(`${articlePath('ko', slug)}index.html`);
  });

  it("builds the preview image path per language, named by the first 8 characters of its card's hash", () => {
    expect(previewImagePath('ko', slug, '0123456789abcdef')).toBe(`/og/ko/${slug}-01234567.png`);
  });

  it('makes absolute URLs for link previews from the origin and a path', () => {
    expect(absoluteUrl('https://reader.example', articlePath('ko', slug))).toBe(`https://reader.example/ko/articles/${slug}/`);
    expect(absoluteUrl('https://reader.example/', previewImagePath('en', slug, 'fedcba9876543210'))).toBe(`https://reader.example/og/en/${slug}-fedcba98.png`);
    expect(absoluteUrl('http://localhost:4173', '/')).toBe('http://localhost:4173/');
  });
});

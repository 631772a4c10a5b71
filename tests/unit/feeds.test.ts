import { describe, expect, it } from 'vitest';
import { atomFeed, atomNamespace } from '../../scripts/build/atomFeed.ts';
import { robotsTxt } from '../../scripts/build/robotsTxt.ts';
import { siteFeeds } from '../../scripts/build/siteFeeds.ts';
import { sitemap, sitemapNamespace, xhtmlNamespace } from '../../scripts/build/sitemap.ts';
import { xmlNamespace } from '../../scripts/build/xmlDocument.ts';
import { readContent } from '../../scripts/content/readContent.ts';
import type { Edition } from '../../src/articles/edition.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { childElements, onlyChild, parseXml, textOf } from '../fixtures/xmlParse.ts';
import { sampleEdition } from './sampleEdition.ts';

const origin = 'https://reader.example';

/** Three articles: the seed, an older one whose headline needs escaping, and a newer one not yet translated. */
function editions(): Edition[] {
  const older = (language: Language): Edition => ({
    ...sampleEdition(language, { p1: language === 'en' ? 'Ferries & trams <late> at night.' : '밤에도 배와 전차가 다닌다.' }, 'ferries-and-trams'),
    headline: language === 'en' ? 'Ferries & trams <run> late' : '배와 전차, 밤늦게 다닌다',
    publishedAt: '2024-12-01T09:00:00+09:00',
    updatedAt: '2025-02-01T10:00:00+09:00',
  });
  const english = sampleEdition('en', { p1: 'A night market returns.', p2: 'It opens on Fridays.' }, 'night-market-returns');
  const newer = { ...english, publishedAt: '2025-05-17T18:30:00+09:00', updatedAt: '2025-05-18T08:05:00+09:00', headline: 'Night market returns' };
  const untranslated: Edition = {
    ...newer,
    language: 'ko',
    paragraphs: newer.paragraphs.map((paragraph) => ({ ...paragraph, untranslated: true })),
  };
  return [...readContent(process.cwd()).editions, older('en'), older('ko'), newer, untranslated];
}

const isAbsoluteOnOrigin = (url: string): boolean => url.startsWith(`${origin}/`);
const isRfc3339 = (value: string): boolean => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
const atom = (parent: Parameters<typeof onlyChild>[0], name: string) => onlyChild(parent, atomNamespace, name);

describe.each(['en', 'ko'] as const)('the %s Atom feed (RFC 4287)', (language) => {
  const feed = parseXml(atomFeed(editions(), language, origin));

  it('is an atom:feed in its language, with the required id, title, updated, author and a self link', () => {
    expect([feed.namespaceURI, feed.localName]).toEqual([atomNamespace, 'feed']);
    expect(feed.getAttributeNS(xmlNamespace, 'lang')).toBe(language);
    expect(textOf(atom(feed, 'id'))).toBe(`${origin}/${language}/feed.xml`);
    expect(textOf(atom(feed, 'title'))).toMatch(language === 'en' ? /articles in English$/ : /한국어 기사$/);
    // The latest update of its entries.
    expect(textOf(atom(feed, 'updated'))).toBe('2025-05-18T08:05:00+09:00');
    expect(textOf(atom(atom(feed, 'author'), 'name'))).not.toBe('');
    const links = childElements(feed, atomNamespace, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('type'), link.getAttribute('href')]);
    expect(links).toEqual([
      ['self', 'application/atom+xml', `${origin}/${language}/feed.xml`],
      ['alternate', 'text/html', `${origin}/${language}/`],
    ]);
  });

  it('has one entry per article in the language, newest first, each with id, title, updated, published, link and summary', () => {
    const entries = childElements(feed, atomNamespace, 'entry');
    expect(entries.map((entry) => textOf(atom(entry, 'id')))).toEqual(
      ['night-market-returns', 'dpk-leader-welcomes-us-n-korea-talks', 'ferries-and-trams'].map((slug) => `${origin}/${language}/articles/${slug}/`),
    );
    for (const entry of entries) {
      const id = textOf(atom(entry, 'id'));
      expect(isAbsoluteOnOrigin(id), id).toBe(true);
      expect(textOf(atom(entry, 'title')), id).not.toBe('');
      for (const date of ['updated', 'published']) expect(isRfc3339(textOf(atom(entry, date))), `${id} ${date}`).toBe(true);
      const link = atom(entry, 'link');
      expect([link.getAttribute('rel'), link.getAttribute('type'), link.getAttribute('href')]).toEqual(['alternate', 'text/html', id]);
      expect(textOf(atom(entry, 'summary')).length, id).toBeGreaterThan(0);
    }
  });

  it('keeps text as text: a headline with & and < reads back unchanged', () => {
    const entry = childElements(feed, atomNamespace, 'entry').find((candidate) => textOf(atom(candidate, 'id')).includes('ferries-and-trams'));
    expect(entry && textOf(atom(entry, 'title'))).toBe(language === 'en' ? 'Ferries & trams <run> late' : '배와 전차, 밤늦게 다닌다');
  });
});

it('marks a Korean entry whose article is not translated yet as English (xml:lang)', () => {
  const feed = parseXml(atomFeed(editions(), 'ko', origin));
  const langs = childElements(feed, atomNamespace, 'entry').map((entry) => entry.getAttributeNS(xmlNamespace, 'lang') || null);
  expect(langs).toEqual(['en', null, null]);
});

describe('the sitemap (sitemaps.org 0.9)', () => {
  const urlset = parseXml(sitemap(editions(), origin));
  const urls = childElements(urlset, sitemapNamespace, 'url');
  const locs = urls.map((url) => textOf(onlyChild(url, sitemapNamespace, 'loc')));

  it('lists both libraries and every article page, absolute on the origin, each once', () => {
    expect([urlset.namespaceURI, urlset.localName]).toEqual([sitemapNamespace, 'urlset']);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(
      [
        `${origin}/en/`,
        `${origin}/ko/`,
        ...['dpk-leader-welcomes-us-n-korea-talks', 'ferries-and-trams', 'night-market-returns'].flatMap((slug) => [`${origin}/en/articles/${slug}/`, `${origin}/ko/articles/${slug}/`]),
      ].sort(),
    );
    for (const url of urls) expect(isRfc3339(textOf(onlyChild(url, sitemapNamespace, 'lastmod')))).toBe(true);
  });

  it('gives every page its hreflang alternates: each language, itself included, and x-default', () => {
    const alternates = (loc: string) => {
      const url = urls[locs.indexOf(loc)];
      if (!url) throw new Error(`${loc} is not in the sitemap`);
      return childElements(url, xhtmlNamespace, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('hreflang'), link.getAttribute('href')]);
    };
    const article = (language: string) => `${origin}/${language}/articles/ferries-and-trams/`;
    expect(alternates(article('ko'))).toEqual([
      ['alternate', 'en', article('en')],
      ['alternate', 'ko', article('ko')],
      ['alternate', 'x-default', article('en')],
    ]);
    expect(alternates(`${origin}/ko/`)).toEqual([
      ['alternate', 'en', `${origin}/en/`],
      ['alternate', 'ko', `${origin}/ko/`],
      ['alternate', 'x-default', `${origin}/en/`],
    ]);
  });
});

it('robots.txt allows everything and names the sitemap by its absolute URL', () => {
  expect(robotsTxt(origin)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
});

it('the build writes the two feeds, the sitemap and robots.txt, by the files a static host serves them from', () => {
  expect([...siteFeeds(readContent(process.cwd()), origin).keys()]).toEqual(['en/feed.xml', 'ko/feed.xml', 'sitemap.xml', 'robots.txt']);
});

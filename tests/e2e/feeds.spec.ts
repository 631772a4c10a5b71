import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childElements, onlyChild, parseXml, textOf } from '../fixtures/xmlParse.ts';
import { articleUrl, expect, test } from './fixtures.ts';
import { rawGet } from './rawGet.ts';

/**
 * The feeds, the sitemap and robots.txt as each server sends them (a serving spec: vite preview and nginx):
 * the build's file, with its media type, whatever encoding the client accepts; and what a feed reader or a
 * crawler finds by following them from a page. Their content against RFC 4287 and sitemaps.org is checked
 * in tests/unit/feeds.test.ts; here, that the built files are those documents and lead to real pages.
 */
const dist = process.env.E2E_DIST ?? 'dist';
const origin = 'http://localhost:4173';
const atom = 'http://www.w3.org/2005/Atom';
const sitemaps = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const files: Array<[path: string, mediaType: string]> = [
  ['/en/feed.xml', 'application/atom+xml; charset=utf-8'],
  ['/ko/feed.xml', 'application/atom+xml; charset=utf-8'],
  ['/sitemap.xml', 'application/xml; charset=utf-8'],
  ['/robots.txt', 'text/plain; charset=utf-8'],
];

/** A URL of the built site, on the server under test. */
const onServer = (url: string): string => new URL(url).pathname;

test('the feeds, the sitemap and robots.txt are the build\'s files, each with its media type, compressed or not', async ({ baseURL }) => {
  const server = new URL(baseURL ?? '').origin;
  for (const [path, mediaType] of files) {
    for (const acceptEncoding of ['identity', 'gzip, deflate, br']) {
      const at = `${path} (Accept-Encoding: ${acceptEncoding})`;
      const response = await rawGet(server, path, { 'accept-encoding': acceptEncoding });
      expect(response.status, at).toBe(200);
      expect(response.headers['content-type']?.replace(/;\s*charset=/i, '; charset=').toLowerCase(), at).toBe(mediaType);
      if (acceptEncoding === 'identity') expect(response.body.equals(readFileSync(join(dist, path))), at).toBe(true);
    }
  }
});

test('a page leads a feed reader to its language\'s feed, whose entries are pages that load', async ({ page, request }) => {
  for (const language of ['en', 'ko'] as const) {
    await page.goto(articleUrl(language));
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${origin}/${language}/feed.xml`);
    const feed = parseXml(await (await request.get(onServer(href))).text());
    const self = childElements(feed, atom, 'link').find((candidate) => candidate.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(href);
    const entries = childElements(feed, atom, 'entry');
    expect(entries.map((entry) => textOf(onlyChild(entry, atom, 'title')))).toContain(await page.locator('h1').textContent());
    for (const entry of entries) {
      const entryPage = onlyChild(entry, atom, 'link').getAttribute('href') ?? '';
      expect((await request.get(onServer(entryPage))).status(), entryPage).toBe(200);
    }
  }
});

test('robots.txt names the sitemap, which lists every article page and both libraries, each of which loads', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(sitemapUrl).toBe(`${origin}/sitemap.xml`);
  const urlset = parseXml(await (await request.get(onServer(sitemapUrl))).text());
  const locs = childElements(urlset, sitemaps, 'url').map((url) => textOf(onlyChild(url, sitemaps, 'loc')));
  expect(locs).toContain(`${origin}${articleUrl('ko')}`);
  expect(locs).toEqual(expect.arrayContaining([`${origin}/en/`, `${origin}/ko/`]));
  for (const loc of locs) expect((await request.get(onServer(loc))).status(), loc).toBe(200);
});

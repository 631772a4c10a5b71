import { readFileSync } from 'node:fs';
import { articleUrl, articleUrlOf, expect, slug, test, testArticleSlug } from './fixtures.ts';

/**
 * What a link preview or a crawler reads: the prerendered HTML as served, with JavaScript off (they do not
 * run it). The origin is the build's SITE_ORIGIN default, the preview server's own address.
 */
const origin = 'http://localhost:4173';
const expected = {
  en: {
    title: 'DPK leader welcomes US-N. Korea talks | Bilingual Article Reader',
    headline: 'DPK leader welcomes US-N. Korea talks',
    opening: '“We welcome U.S. President Donald Trump',
    locale: 'en_US',
    alternateLocale: 'ko_KR',
    siteName: 'Bilingual Article Reader',
  },
  ko: {
    title: '더불어민주당 대표, 북미 대화 환영 | 이중 언어 기사 리더',
    headline: '더불어민주당 대표, 북미 대화 환영',
    opening: '더불어민주당 이재명 대표는 22일',
    locale: 'ko_KR',
    alternateLocale: 'en_US',
    siteName: '이중 언어 기사 리더',
  },
} as const;

test.use({ javaScriptEnabled: false });

for (const language of ['en', 'ko'] as const) {
  test.describe(`prerendered ${language} article`, () => {
    test('is static HTML with the whole article text in it', async ({ request }) => {
      const response = await request.get(articleUrl(language));
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${language}">`);
      const paragraphs = JSON.parse(readFileSync(`locales/${language}/articles/${slug}.json`, 'utf8')).paragraphs;
      for (const text of Object.values<string>(paragraphs)) {
        // React escapes ' and " in text; compare the text as a browser would read it.
        expect(html.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')).toContain(text);
      }
      expect(html, 'no inline script').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    test('has the head tags link previews and search engines read', async ({ page }) => {
      const e = expected[language];
      await page.goto(articleUrl(language));
      const meta = (selector: string) => page.locator(`head ${selector}`).getAttribute('content');
      const link = (selector: string) => page.locator(`head ${selector}`).getAttribute('href');
      await expect(page).toHaveTitle(e.title);
      expect(await meta('meta[name="description"]')).toMatch(new RegExp(`^${e.opening}`));
      expect(await link('link[rel="canonical"]')).toBe(`${origin}/${language}/articles/${slug}/`);
      expect(await link('link[rel="alternate"][hreflang="en"]')).toBe(`${origin}/en/articles/${slug}/`);
      expect(await link('link[rel="alternate"][hreflang="ko"]')).toBe(`${origin}/ko/articles/${slug}/`);
      expect(await link('link[rel="alternate"][hreflang="x-default"]')).toBe(`${origin}/en/articles/${slug}/`);
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[property="og:title"]')).toBe(e.headline);
      expect(await meta('meta[property="og:description"]')).toMatch(new RegExp(`^${e.opening}`));
      expect(await meta('meta[property="og:url"]')).toBe(`${origin}/${language}/articles/${slug}/`);
      expect(await meta('meta[property="og:site_name"]')).toBe(e.siteName);
      expect(await meta('meta[property="og:locale"]')).toBe(e.locale);
      expect(await meta('meta[property="og:locale:alternate"]')).toBe(e.alternateLocale);
      // Named by the hash of its card: a changed headline is a new URL to every chat app's cache.
      expect(await meta('meta[property="og:image"]')).toMatch(new RegExp(`^${origin}/og/${language}/${slug}-[0-9a-f]{8}\\.png$`));
      expect(await meta('meta[name="twitter:image"]')).toBe(await meta('meta[property="og:image"]'));
      expect(await meta('meta[property="og:image:width"]')).toBe('1200');
      expect(await meta('meta[property="og:image:height"]')).toBe('630');
      expect(await meta('meta[property="og:image:alt"]')).toContain(e.headline);
      expect(await meta('meta[property="article:published_time"]')).toBe('2025-01-23T07:40:00+09:00');
      expect(await meta('meta[property="article:modified_time"]')).toBe('2025-01-23T07:40:00+09:00');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    });
  });
}

test('every article page, in each language, names its own preview image, a 1200x630 PNG served at that address', async ({ request }) => {
  const images = new Set<string>();
  for (const articleSlug of [slug, testArticleSlug]) {
    for (const language of ['en', 'ko'] as const) {
      const html = await (await request.get(articleUrlOf(articleSlug, language))).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const path = new URL(image).pathname;
      expect(path).toMatch(new RegExp(`^/og/${language}/${articleSlug}-[0-9a-f]{8}\\.png$`));
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual([1200, 630]);
      images.add(path);
    }
  }
  expect(images.size).toBe(4);
});

test('the Korean page is marked as a translation of the English edition, on the page and in its metadata', async ({ page }) => {
  await page.goto(articleUrl('ko'));
  await expect(page.getByText('영문판 기사를 번역한 글입니다.')).toBeVisible();
  await expect(page.locator('[itemprop="translationOfWork"]')).toHaveAttribute('href', `/en/articles/${slug}/`);
  await expect(page.locator('[itemprop="inLanguage"]')).toHaveAttribute('content', 'ko');
});

test.describe('not-found pages', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404/] });
  for (const [path, language, heading] of [
    ['/fr/articles/anything/', 'en', 'Page not found'],
    ['/en/articles/no-such-article/', 'en', 'Page not found'],
    ['/ko/articles/없는-기사/', 'ko', '페이지를 찾을 수 없습니다'],
    ['/ko/../../etc/passwd', 'en', 'Page not found'],
    // The language is read from the path before `..` is resolved, as the app reads it (the server may refuse
    // this path outright: nginx answers it with its 400 handler, still the page and 404), escapes decoded.
    ['/ko/articles/..%2f..%2f..%2fvite.config.ts', 'ko', '페이지를 찾을 수 없습니다'],
    ['/%6Bo/articles/no-such-article/', 'ko', '페이지를 찾을 수 없습니다'],
  ] as const) {
    test(`${path} answers 404 with the ${language} not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });
  }
});

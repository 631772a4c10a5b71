import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/articles/edition.ts';
import { renderArticle, renderHome, renderNotFound } from '../../src/entry-server.tsx';
import type { Language } from '../../src/i18n/languages.ts';
import { readContent } from '../../scripts/content/readContent.ts';
import { buildCatalogIndex } from '../../scripts/content/buildCatalogIndex.ts';
import { previewImageOf } from '../../scripts/og/previewImage.ts';
import { editionIn, slug } from './seedEditions.ts';

const origin = 'https://reader.example';
// With the test article beside the seed: nothing here may assume the seed is the only article.
const content = readContent(process.cwd(), { withTestArticles: true });

/** Reads the rendered head and body as a browser or crawler would: parsed, not as raw strings. */
function parsePage(page: { head: string; body: string }): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${page.head}</head><body><div id="root">${page.body}</div></body></html>`,
    'text/html',
  );
}

/**
 * Each paragraph's own text: the first child of its text element (the paging engine measures that node;
 * controls such as a share link may follow it).
 */
function paragraphTexts(document: Document): (string | null)[] {
  return [...document.body.querySelectorAll('[data-paragraph-text]')].map((element) => element.firstChild?.textContent ?? null);
}

function metaContent(document: Document, selector: string): string | null {
  return document.head.querySelector(selector)?.getAttribute('content') ?? null;
}

const expected: Record<Language, { title: string; ogLocale: string; ogAlternate: string }> = {
  en: { title: 'DPK leader welcomes US-N. Korea talks | Bilingual Article Reader', ogLocale: 'en_US', ogAlternate: 'ko_KR' },
  ko: { title: '더불어민주당 대표, 북미 대화 환영 | 이중 언어 기사 리더', ogLocale: 'ko_KR', ogAlternate: 'en_US' },
};

describe.each<Language>(['en', 'ko'])('renderArticle (%s)', (language) => {
  const edition = editionIn(language);
  const page = renderArticle(edition, origin, previewImageOf(edition).path);
  const document = parsePage(page);
  const canonical = `${origin}/${language}/articles/${slug}/`;

  it('reports the language the page is in, for <html lang>', () => {
    expect(page.language).toBe(language);
  });

  it('puts every paragraph of the article in the body, as text', () => {
    const bodyText = document.body.textContent ?? '';
    for (const paragraph of edition.paragraphs) expect(bodyText).toContain(paragraph.text);
    expect(paragraphTexts(document)).toEqual(edition.paragraphs.map((paragraph) => paragraph.text));
  });

  it('puts the headline in the one h1', () => {
    const headings = document.body.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe(edition.headline);
  });

  it('marks the article with its language', () => {
    expect(document.body.querySelector('article')?.getAttribute('lang')).toBe(language);
  });

  it('renders the language toggle as a real link to the other edition', () => {
    const other = language === 'en' ? 'ko' : 'en';
    const toggle = document.body.querySelector(`a[hreflang="${other}"]`);
    expect(toggle?.getAttribute('href')).toBe(`/${other}/articles/${slug}/`);
    expect(toggle?.textContent).toBe(other === 'ko' ? '한국어' : 'English');
  });

  it('titles the page with the headline and the site name', () => {
    expect(document.head.querySelectorAll('title')).toHaveLength(1);
    expect(document.title).toBe(expected[language].title);
  });

  it('describes the page with the opening of the article, at most 160 characters', () => {
    const description = metaContent(document, 'meta[name="description"]') ?? '';
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(edition.paragraphs[0]?.text.startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(metaContent(document, 'meta[property="og:description"]')).toBe(description);
  });

  it('names its canonical URL absolutely', () => {
    const links = document.head.querySelectorAll('link[rel="canonical"]');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe(canonical);
    expect(metaContent(document, 'meta[property="og:url"]')).toBe(canonical);
  });

  it('links both language editions, and the original as x-default', () => {
    const alternates = Object.fromEntries(
      [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );
    expect(alternates).toEqual({
      en: `${origin}/en/articles/${slug}/`,
      ko: `${origin}/ko/articles/${slug}/`,
      'x-default': `${origin}/en/articles/${slug}/`,
    });
  });

  it('links the Atom feed of its language, for feed readers to discover', () => {
    const feeds = [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
    expect(feeds.map((link) => link.getAttribute('href'))).toEqual([`${origin}/${language}/feed.xml`]);
    expect(feeds[0]?.getAttribute('title')).toMatch(language === 'en' ? /articles in English$/ : /한국어 기사$/);
  });

  it('gives link previews the headline, locale and an absolute image URL', () => {
    expect(metaContent(document, 'meta[property="og:title"]')).toBe(edition.headline);
    expect(metaContent(document, 'meta[property="og:type"]')).toBe('article');
    expect(metaContent(document, 'meta[property="og:locale"]')).toBe(expected[language].ogLocale);
    expect(metaContent(document, 'meta[property="og:locale:alternate"]')).toBe(expected[language].ogAlternate);
    const image = metaContent(document, 'meta[property="og:image"]') ?? '';
    expect(new URL(image).origin).toBe(origin);
    // Named by the hash of the card it shows, so a new headline is a new URL to chat apps' caches.
    expect(image).toMatch(new RegExp(`^${origin}/og/${language}/${slug}-[0-9a-f]{8}\\.png$`));
    expect(image).toBe(`${origin}${previewImageOf(edition).path}`);
    expect(metaContent(document, 'meta[name="twitter:image"]')).toBe(image);
    expect(metaContent(document, 'meta[property="article:published_time"]')).toBe('2025-01-23T07:40:00+09:00');
  });

  it('preloads the edition the page hydrates from', () => {
    const preload = document.head.querySelector('link[rel="preload"][as="fetch"]');
    expect(preload?.getAttribute('href')).toBe(`/content/${language}/${slug}.json`);
  });
});

describe('renderArticle escaping', () => {
  it('shows article text with quotes and angle brackets as text, never as markup', () => {
    const english = editionIn('en');
    const tricky = '<script>alert("x")</script> & “quoted” \'text\'';
    const edition: Edition = {
      ...english,
      headline: `${english.headline} <b>bold</b>`,
      paragraphs: english.paragraphs.map((paragraph, index) => (index === 0 ? { ...paragraph, text: tricky } : paragraph)),
    };
    const document = parsePage(renderArticle(edition, origin, previewImageOf(edition).path));
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(paragraphTexts(document)[0]).toBe(tricky);
    expect(document.body.querySelector('h1')?.textContent).toBe(`${english.headline} <b>bold</b>`);
    expect(document.title).toBe(`${english.headline} <b>bold</b> | Bilingual Article Reader`);
  });
});

describe('renderNotFound', () => {
  it('renders the Korean not-found page with a Korean title', () => {
    const page = renderNotFound('ko');
    const document = parsePage(page);
    expect(page.language).toBe('ko');
    expect(document.title).toBe('페이지를 찾을 수 없습니다 | 이중 언어 기사 리더');
    expect(document.body.querySelector('h1')?.textContent).toBe('페이지를 찾을 수 없습니다');
    expect(document.body.querySelector('[data-page="not-found"] a')?.getAttribute('href')).toBe('/');
  });

  it('renders the English not-found page with an English title', () => {
    const document = parsePage(renderNotFound('en'));
    expect(document.title).toBe('Page not found | Bilingual Article Reader');
  });
});

describe('renderHome', () => {
  it('lists each library and its articles as plain links, for readers without JavaScript', () => {
    const catalog = buildCatalogIndex(content);
    const document = parsePage(renderHome(catalog, 'en'));
    const links = [...document.body.querySelectorAll('main a')].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(catalog.articles.length).toBeGreaterThan(1);
    expect(links).toEqual(
      (['en', 'ko'] as const).flatMap((language) => [
        [`/${language}/`, language === 'en' ? 'Read in English' : '한국어로 읽기'],
        ...catalog.articles.map((article) => [`/${language}/articles/${article.slug}/`, article.headlines[language]]),
      ]),
    );
    expect(links).toContainEqual([`/ko/articles/${slug}/`, editionIn('ko').headline]);
  });
});

describe('the preview image each page names', () => {
  it('changes its name when the headline changes, and only then', () => {
    const english = editionIn('en');
    const edited = { ...english, headline: `${english.headline}, again` };
    const imageOf = (edition: Edition) => metaContent(parsePage(renderArticle(edition, origin, previewImageOf(edition).path)), 'meta[property="og:image"]');
    expect(imageOf(edited)).not.toBe(imageOf(english));
    expect(imageOf({ ...english, paragraphs: english.paragraphs.slice(1) })).toBe(imageOf(english));
  });
});

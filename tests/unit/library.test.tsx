import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headlineLanguage, nextArticle, type ArticleLink, type CatalogIndex } from '../../src/articles/catalogIndex.ts';
import type { Edition } from '../../src/articles/edition.ts';
import { rememberPosition } from '../../src/articles/readingProgress.ts';
import { App } from '../../src/app/App.tsx';
import { renderLibrary } from '../../src/entry-server.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { formatArticleDay } from '../../src/i18n/formatDate.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { ArticleEnd } from '../../src/library/ArticleEnd.tsx';
import { LibraryList } from '../../src/library/LibraryList.tsx';
import { nextArticleFromPage } from '../../src/library/nextArticleFromPage.ts';
import { readingMinutes, readingRates, readingUnits } from '../../src/library/readingTime.ts';
import { summarize, summaryMaxLength } from '../../src/library/summary.ts';
import { buildCatalogIndex } from '../../scripts/content/buildCatalogIndex.ts';
import { sampleEdition } from './sampleEdition.ts';

function renderIn(language: Language, ui: ReactNode) {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

/** An edition of `slug` posted at `publishedAt`; `untranslated`: the original's text, declared untranslated. */
function edition(language: Language, slug: string, publishedAt: string, options: { original?: Language; untranslated?: boolean } = {}): Edition {
  const original = options.original ?? 'en';
  const texts = { en: ['First sentence here. Second one.', 'More text.'], ko: ['첫 문장입니다. 둘째 문장입니다.', '본문입니다.'] };
  const textLanguage = options.untranslated ? original : language;
  const base = sampleEdition(textLanguage, { p1: texts[textLanguage][0] ?? '', p2: texts[textLanguage][1] ?? '' }, slug);
  return {
    ...base,
    language,
    originalLanguage: original,
    publishedAt,
    updatedAt: publishedAt,
    headline: `${slug} (${textLanguage})`,
    paragraphs: base.paragraphs.map((paragraph) => ({ ...paragraph, untranslated: options.untranslated ?? false })),
  };
}

/**
 * Four articles, given oldest first (the index sorts them): a translated one, one published untranslated in
 * Korean (as the import command makes them), one written in Korean, and the newest.
 */
const catalog: CatalogIndex = buildCatalogIndex({
  slugs: ['oldest', 'untranslated', 'korean-original', 'newest'],
  editions: [
    edition('en', 'oldest', '2025-01-01T09:00:00+09:00'),
    edition('ko', 'oldest', '2025-01-01T09:00:00+09:00'),
    edition('en', 'untranslated', '2025-02-01T09:00:00+09:00'),
    edition('ko', 'untranslated', '2025-02-01T09:00:00+09:00', { untranslated: true }),
    edition('en', 'korean-original', '2025-03-01T09:00:00+09:00', { original: 'ko' }),
    edition('ko', 'korean-original', '2025-03-01T09:00:00+09:00', { original: 'ko' }),
    edition('en', 'newest', '2025-04-01T09:00:00+09:00'),
    edition('ko', 'newest', '2025-04-01T09:00:00+09:00'),
  ],
});

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('reading time', () => {
  it('counts English in words: runs with a letter or digit, so a lone dash or quotation mark is none', () => {
    expect(readingUnits('Lee Jae-myung said — “yes” in 2025.', 'en')).toBe(6);
    expect(readingUnits('  ', 'en')).toBe(0);
  });

  it('counts Korean in characters: each syllable block and digit, not spaces or punctuation', () => {
    expect(readingUnits('한국어 기사, 2025년.', 'ko')).toBe(10);
  });

  it('reads each text at its language\'s published rate, in whole minutes, at least one', () => {
    expect(readingRates).toEqual({ en: { perMinute: 238, counts: 'words' }, ko: { perMinute: 588, counts: 'characters' } });
    const words = (count: number): string => Array.from({ length: count }, () => 'word').join(' ');
    const syllables = (count: number): string => '가'.repeat(count);
    expect(readingMinutes([{ text: words(238 * 3), language: 'en' }])).toBe(3);
    expect(readingMinutes([{ text: syllables(588 * 2), language: 'ko' }])).toBe(2);
    // An edition with an untranslated paragraph: the Korean at the Korean rate, the English at the English one.
    expect(readingMinutes([{ text: syllables(588), language: 'ko' }, { text: words(238 * 2), language: 'en' }])).toBe(3);
    expect(readingMinutes([{ text: words(238 * 1.4), language: 'en' }])).toBe(1);
    expect(readingMinutes([{ text: words(238 * 1.6), language: 'en' }])).toBe(2);
    expect(readingMinutes([{ text: 'Short.', language: 'en' }])).toBe(1);
    expect(readingMinutes([])).toBe(1);
  });
});

describe('summary', () => {
  it('is the first sentence, not cut at an abbreviation such as "U.S." or "Mr."', () => {
    expect(summarize('“We welcome U.S. President Trump’s offer,” said Mr. Lee on Wednesday. He also met the ambassador.', 'en')).toBe(
      '“We welcome U.S. President Trump’s offer,” said Mr. Lee on Wednesday.',
    );
    expect(summarize('이 대표는 22일 “환영한다”고 밝혔다. 같은 날 대사를 만났다.', 'ko')).toBe('이 대표는 22일 “환영한다”고 밝혔다.');
  });

  it('cuts a long first sentence with an ellipsis', () => {
    const long = `${'word '.repeat(80)}end.`;
    const summary = summarize(long, 'en');
    expect(summary.length).toBeLessThanOrEqual(summaryMaxLength);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('the catalog index', () => {
  it('lists articles newest first, with each edition\'s summary, reading time and translation state', () => {
    expect(catalog.articles.map((entry) => entry.slug)).toEqual(['newest', 'korean-original', 'untranslated', 'oldest']);
    const untranslated = catalog.articles[2];
    expect(untranslated?.untranslated).toEqual(['ko']);
    // The Korean edition's opening is the English original's, and says so.
    expect(untranslated?.summaries.ko).toEqual({ text: 'First sentence here.', language: 'en' });
    expect(untranslated?.readingMinutes).toEqual({ en: 1, ko: 1 });
    expect(catalog.articles[0]?.untranslated).toEqual([]);
    expect(catalog.articles[0]?.paragraphKeys).toEqual(['p1', 'p2']);
  });

  it('names the next article as the next older one, none after the oldest or for an unknown slug', () => {
    expect(nextArticle(catalog, 'newest')?.slug).toBe('korean-original');
    expect(nextArticle(catalog, 'untranslated')?.slug).toBe('oldest');
    expect(nextArticle(catalog, 'oldest')).toBeNull();
    expect(nextArticle(catalog, 'no-such-article')).toBeNull();
  });

  it('knows an untranslated edition\'s headline is in the original language', () => {
    const [newest, , untranslated] = catalog.articles;
    if (!newest || !untranslated) throw new Error('catalog');
    expect(headlineLanguage(untranslated, 'ko')).toBe('en');
    expect(headlineLanguage(untranslated, 'en')).toBe('en');
    expect(headlineLanguage(newest, 'ko')).toBe('ko');
  });
});

describe('the library list', () => {
  it('is one list of every article, newest first, with section, headline link, summary, date and reading time', () => {
    renderIn('en', <LibraryList catalog={catalog} language="en" showProgress />);
    expect(screen.getAllByRole('list')).toHaveLength(1);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'newest (en)',
      'korean-original (en)',
      'untranslated (en)',
      'oldest (en)',
    ]);
    const [first] = items;
    if (!first) throw new Error('no item');
    expect(within(first).getByText('Editorial')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'newest (en)' }).getAttribute('href')).toBe('/en/articles/newest/');
    expect(within(first).getByText('First sentence here.')).toBeTruthy();
    expect(within(first).getByText(formatArticleDay('2025-04-01T09:00:00+09:00', 'en')).getAttribute('datetime')).toBe('2025-04-01T09:00:00+09:00');
    expect(within(first).getByText('1 min read')).toBeTruthy();
  });

  it('marks our translations as such, in each library', () => {
    renderIn('en', <LibraryList catalog={catalog} language="en" showProgress={false} />);
    const marked = screen.getAllByText('Translation').map((mark) => mark.closest('li')?.querySelector('h2')?.textContent);
    expect(marked).toEqual(['korean-original (en)']);
  });

  it('marks the Korean edition published untranslated, with its English text in its own lang', () => {
    renderIn('ko', <LibraryList catalog={catalog} language="ko" showProgress={false} />);
    const item = screen.getByRole('link', { name: 'untranslated (en)' }).closest('li');
    if (!item) throw new Error('no item');
    expect(within(item).getByText('아직 번역되지 않음: 원문으로 보여 드립니다')).toBeTruthy();
    expect(within(item).queryByText('번역')).toBeNull();
    expect(within(item).getByRole('link', { name: 'untranslated (en)' }).getAttribute('lang')).toBe('en');
    expect(within(item).getByText('First sentence here.').getAttribute('lang')).toBe('en');
    // Every other item is Korean text in a Korean page: no lang of its own.
    expect(screen.getByRole('link', { name: 'newest (ko)' }).getAttribute('lang')).toBeNull();
    // Our translations: the two English originals translated into Korean (not the one written in Korean).
    expect(screen.getAllByText('번역').map((mark) => mark.closest('li')?.querySelector('h2')?.textContent)).toEqual(['newest (ko)', 'oldest (ko)']);
  });

  it('shows how far the reader got, with a link that continues there in the view they left', () => {
    rememberPosition('untranslated', 'en', { paragraph: 'p2', offset: 5 }, 'both');
    renderIn('en', <LibraryList catalog={catalog} language="en" showProgress />);
    const link = screen.getByRole('link', { name: 'Continue at paragraph 2 of 2' });
    expect(link.getAttribute('href')).toBe('/en/articles/untranslated/?view=both#p2.5');
    expect(link.closest('li')?.querySelector('h2')?.textContent).toBe('untranslated (en)');
    expect(screen.getAllByRole('link', { name: /^Continue/ })).toHaveLength(1);
  });

  it('continues a place read in the other language at its paragraph\'s start', () => {
    rememberPosition('newest', 'en', { paragraph: 'p2', offset: 5 });
    renderIn('ko', <LibraryList catalog={catalog} language="ko" showProgress />);
    expect(screen.getByRole('link', { name: '2문단 중 2문단부터 이어 읽기' }).getAttribute('href')).toBe('/ko/articles/newest/#p2');
  });

  it('shows no progress before hydration, nor for a paragraph the article no longer has; the line is there all the same', () => {
    rememberPosition('newest', 'en', { paragraph: 'p2', offset: 5 });
    rememberPosition('oldest', 'en', { paragraph: 'p9', offset: 0 });
    const { container, unmount } = renderIn('en', <LibraryList catalog={catalog} language="en" showProgress={false} />);
    expect(screen.queryByRole('link', { name: /^Continue/ })).toBeNull();
    expect(container.querySelectorAll('.library-progress')).toHaveLength(4);
    unmount();
    renderIn('en', <LibraryList catalog={catalog} language="en" showProgress />);
    expect(screen.getAllByRole('link', { name: /^Continue/ }).map((link) => link.getAttribute('href'))).toEqual(['/en/articles/newest/#p2.5']);
  });
});

describe('the library page', () => {
  it('is prerendered with its title, description, canonical, hreflang and Open Graph tags', () => {
    const page = renderLibrary(catalog, 'ko', 'https://reader.example', '/og/ko/newest-0123abcd.png');
    const document = new DOMParser().parseFromString(`<!doctype html><html><head>${page.head}</head><body>${page.body}</body></html>`, 'text/html');
    const attribute = (selector: string, name: string): string | null => document.head.querySelector(selector)?.getAttribute(name) ?? null;
    expect(page.language).toBe('ko');
    expect(document.title).toBe('모든 기사 | 이중 언어 기사 리더');
    expect(attribute('meta[name="description"]', 'content')).toBeTruthy();
    expect(attribute('link[rel="canonical"]', 'href')).toBe('https://reader.example/ko/');
    expect(attribute('link[hreflang="en"]', 'href')).toBe('https://reader.example/en/');
    expect(attribute('link[hreflang="ko"]', 'href')).toBe('https://reader.example/ko/');
    expect(attribute('link[hreflang="x-default"]', 'href')).toBe('https://reader.example/en/');
    expect(attribute('meta[property="og:url"]', 'content')).toBe('https://reader.example/ko/');
    expect(attribute('meta[property="og:locale"]', 'content')).toBe('ko_KR');
    expect(attribute('meta[property="og:image"]', 'content')).toBe('https://reader.example/og/ko/newest-0123abcd.png');
    expect(attribute('link[type="application/atom+xml"]', 'href')).toBe('https://reader.example/ko/feed.xml');
    expect(document.body.querySelector('h1')?.textContent).toBe('모든 기사');
    expect(document.body.querySelectorAll('ol > li')).toHaveLength(4);
  });

  it('switches to the other library in place with the language toggle, as a new history entry', async () => {
    window.history.replaceState(null, '', '/en/');
    render(<App i18n={createI18n('en')} initialRoute={{ page: 'library', language: 'en' }} catalog={catalog} />);
    await userEvent.click(screen.getByRole('link', { name: '한국어' }));
    expect(window.location.pathname).toBe('/ko/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('모든 기사');
    expect(document.documentElement.lang).toBe('ko');
    expect(screen.getByRole('link', { name: 'newest (ko)' }).getAttribute('href')).toBe('/ko/articles/newest/');
  });
});

describe('the end of an article', () => {
  const [newest, korean, untranslated] = catalog.articles;
  const linkOf = (slug: string): ArticleLink | null => {
    const entry = catalog.articles.find((candidate) => candidate.slug === slug);
    return entry ? { slug: entry.slug, originalLanguage: entry.originalLanguage, headlines: entry.headlines } : null;
  };

  it('offers the next article and the way back to the library, in the reader\'s language', () => {
    renderIn('ko', <ArticleEnd language="ko" next={linkOf(korean?.slug ?? '')} />);
    const end = screen.getByRole('navigation', { name: '기사 끝' });
    expect(within(end).getByRole('link', { name: 'korean-original (ko)' }).getAttribute('href')).toBe('/ko/articles/korean-original/');
    expect(within(end).getByRole('link', { name: '모든 기사로 돌아가기' }).getAttribute('href')).toBe('/ko/');
  });

  it('says when there is no next article', () => {
    renderIn('en', <ArticleEnd language="en" next={null} />);
    expect(screen.getByRole('navigation', { name: 'End of the article' }).textContent).toContain('This is the oldest article.');
  });

  it('is rebuilt from the prerendered page exactly as the page shows it, when the catalog cannot be fetched', () => {
    for (const [language, slug] of [
      ['en', newest?.slug],
      ['ko', untranslated?.slug],
      ['ko', korean?.slug],
    ] as const) {
      const next = linkOf(slug ?? '');
      const markup = (link: ArticleLink | null): string =>
        renderToStaticMarkup(
          <I18nextProvider i18n={createI18n(language)}>
            <ArticleEnd language={language} next={link} />
          </I18nextProvider>,
        );
      document.body.innerHTML = markup(next);
      expect(markup(nextArticleFromPage(document, language))).toBe(markup(next));
    }
    document.body.innerHTML = '';
    renderIn('en', <ArticleEnd language="en" next={null} />);
    expect(nextArticleFromPage(document, 'en')).toBeNull();
  });
});

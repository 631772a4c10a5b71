import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { storeEdition } from '../../src/articles/editionStore.ts';
import { positionInEdition, type Position } from '../../src/articles/position.ts';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type * as PaginatorModule from '../../src/reader/paginator.ts';
import type { PaginatorOptions, Relocation } from '../../src/reader/paginator.ts';
import type * as ParagraphShareLinkModule from '../../src/share/ParagraphShareLink.tsx';
import { editionIn, slug } from './seedEditions.ts';

/**
 * The article page as the session drives it, in jsdom: the paging engine (which needs real layout, tested in
 * Chromium) is replaced by a stand-in that records where it is sent and reports relocations on demand.
 */
const engine = vi.hoisted(() => ({
  options: null as PaginatorOptions | null,
  layouts: [] as (Position | null | undefined)[],
  paragraphRenders: 0,
}));

vi.mock('../../src/reader/paginator.ts', async (importOriginal) => ({
  // The markup contract is real; only the engine is a stand-in.
  ...(await importOriginal<typeof PaginatorModule>()),
  Paginator: class {
    constructor(_viewport: HTMLElement, _columns: HTMLElement, options: PaginatorOptions) {
      engine.options = options;
    }
    layout(anchor?: Position | null): void {
      engine.layouts.push(anchor);
    }
    destroy(): void {}
    next(): void {}
    prev(): void {}
    first(): void {}
    last(): void {}
    goToPage(): void {}
    pageOfElement(): number {
      return 0;
    }
    firstFocusableOnPage(): null {
      return null;
    }
  },
}));

// Counts renders of the paragraphs: each paragraph renders its ¶ link once per render of the article body.
vi.mock('../../src/share/ParagraphShareLink.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof ParagraphShareLinkModule>();
  return {
    ParagraphShareLink: (props: Parameters<typeof real.ParagraphShareLink>[0]) => {
      engine.paragraphRenders += 1;
      return real.ParagraphShareLink(props);
    },
  };
});

const english = editionIn('en');
const korean = editionIn('ko');

function relocate(relocation: Relocation): void {
  act(() => engine.options?.onRelocate(relocation));
}

/** Opens the article with both editions at hand, or (`only`) with just the one being read. */
function openArticle(language: Language, position: Position | null = null, only = false, contentFallback = false) {
  const i18n = createI18n(language);
  storeEdition(i18n, language === 'en' ? english : korean);
  if (!only) storeEdition(i18n, language === 'en' ? korean : english);
  window.history.replaceState(null, '', `/${language}/articles/${slug}/`);
  return render(<App i18n={i18n} initialRoute={{ page: 'article', language, slug, position, view: 'one' }} contentFallback={contentFallback} />);
}

afterEach(() => vi.unstubAllGlobals());

beforeEach(() => {
  // jsdom has no media queries; the reader asks for reduced motion and the colour scheme.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  engine.options = null;
  engine.layouts = [];
  engine.paragraphRenders = 0;
  localStorage.clear();
});

describe('the article session', () => {
  it('a page turn records the place in the URL and storage without re-rendering the paragraphs', () => {
    openArticle('en');
    relocate({ position: { paragraph: 'p1', offset: 0 }, page: 0, pageCount: 3, cause: 'layout' });
    const rendersBefore = engine.paragraphRenders;
    expect(rendersBefore).toBeGreaterThan(0);

    relocate({ position: { paragraph: 'p2', offset: 30 }, page: 1, pageCount: 3, cause: 'turn' });
    expect(window.location.hash).toBe('#p2.30');
    expect(JSON.parse(localStorage.getItem(`reader:position:${slug}`) ?? 'null')).toEqual({ language: 'en', paragraph: 'p2', offset: 30, view: 'one' });
    expect(screen.getByText('2 / 3')).toBeInTheDocument();
    expect(engine.paragraphRenders).toBe(rendersBefore);
    // Reading is not an arrival: the engine was not sent anywhere.
    expect(engine.layouts.filter((anchor) => anchor !== undefined)).toHaveLength(1);
    // A report of the place the route already has (a re-layout) writes nothing.
    const replaceState = vi.spyOn(window.history, 'replaceState');
    relocate({ position: { paragraph: 'p2', offset: 30 }, page: 1, pageCount: 3, cause: 'layout' });
    expect(replaceState).not.toHaveBeenCalled();
    replaceState.mockRestore();
  });

  it('the toggle leads to the same place in Korean, its offset carried from English to Korean', () => {
    openArticle('en');
    const place = { paragraph: 'p3', offset: 400 };
    relocate({ position: place, page: 2, pageCount: 3, cause: 'turn' });
    // The same fraction of the same paragraph, counted in Korean characters.
    const englishLength = english.paragraphs[2]?.text.length ?? 0;
    const koreanLength = korean.paragraphs[2]?.text.length ?? 0;
    const offset = Math.round((400 / (englishLength - 1)) * (koreanLength - 1));
    expect(screen.getByRole('link', { name: '한국어' })).toHaveAttribute('href', `/ko/articles/${slug}/#p3.${offset}`);
  });

  it('switching language renders everything in Korean at once and sends the engine to the carried place', async () => {
    openArticle('en');
    const place = { paragraph: 'p3', offset: 400 };
    relocate({ position: place, page: 2, pageCount: 3, cause: 'turn' });
    await userEvent.click(screen.getByRole('link', { name: '한국어' }));
    const carried = positionInEdition(place, english, korean);
    expect(window.location.pathname + window.location.hash).toBe(`/ko/articles/${slug}/#p3.${carried.offset}`);
    expect(document.documentElement.lang).toBe('ko');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(korean.headline);
    expect(screen.getByRole('button', { name: '다음 쪽' })).toBeInTheDocument();
    expect(document.title).toBe(`${korean.headline} | 이중 언어 기사 리더`);
    expect(engine.layouts.at(-1)).toEqual(carried);
    // Reading on in Korean records Korean places (the page's callbacks follow the route).
    relocate({ position: { paragraph: 'p4', offset: 5 }, page: 2, pageCount: 3, cause: 'turn' });
    expect(window.location.pathname + window.location.hash).toBe(`/ko/articles/${slug}/#p4.5`);
  });

  it('Back after a switch is an arrival in English at the English place, wholly in English', async () => {
    openArticle('en');
    relocate({ position: { paragraph: 'p2', offset: 10 }, page: 1, pageCount: 3, cause: 'turn' });
    await userEvent.click(screen.getByRole('link', { name: '한국어' }));
    act(() => {
      window.history.replaceState(null, '', `/en/articles/${slug}/#p2.10`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(english.headline);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '한국어' })).toBeInTheDocument();
    expect(engine.layouts.at(-1)).toEqual({ paragraph: 'p2', offset: 10 });
  });

  it('at the start of the article the URL has no fragment and nothing is remembered', () => {
    localStorage.setItem(`reader:position:${slug}`, JSON.stringify({ language: 'en', paragraph: 'p2', offset: 3 }));
    openArticle('en', { paragraph: 'p2', offset: 3 });
    relocate({ position: { paragraph: 'p1', offset: 0 }, page: 0, pageCount: 3, cause: 'turn' });
    expect(window.location.hash).toBe('');
    expect(localStorage.getItem(`reader:position:${slug}`)).toBeNull();
  });
});

describe('when the other language cannot be fetched', () => {
  const koreanFile = (): Response => new Response(JSON.stringify(korean), { status: 200, headers: { 'Content-Type': 'application/json' } });

  it('the toggle link still carries the paragraph, and the idle prefetch asks for it', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('fetch', fetch);
    openArticle('en', null, true);
    relocate({ position: { paragraph: 'p3', offset: 400 }, page: 2, pageCount: 3, cause: 'turn' });
    expect(screen.getByRole('link', { name: '한국어' })).toHaveAttribute('href', `/ko/articles/${slug}/#p3`);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith(`/content/ko/${slug}.json`));
  });

  it('the switch keeps the reader here and says so; Try again switches once it can; × dismisses', async () => {
    let online = false;
    vi.stubGlobal('fetch', vi.fn(() => (online ? Promise.resolve(koreanFile()) : Promise.reject(new TypeError('offline')))));
    openArticle('en', null, true);
    relocate({ position: { paragraph: 'p3', offset: 400 }, page: 2, pageCount: 3, cause: 'turn' });
    expect(screen.queryByText('The Korean text could not be loaded right now. Check your connection and try again.')).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: '한국어' }));
    const notice = await screen.findByText('The Korean text could not be loaded right now. Check your connection and try again.');
    expect(window.location.pathname + window.location.hash).toBe(`/en/articles/${slug}/#p3.400`);
    expect(document.documentElement.lang).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: '한국어' }));
    await screen.findByText('The Korean text could not be loaded right now. Check your connection and try again.');
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('ko'));
    const offset = positionInEdition({ paragraph: 'p3', offset: 400 }, english, korean).offset;
    expect(window.location.pathname + window.location.hash).toBe(`/ko/articles/${slug}/#p3.${offset}`);
    expect(screen.queryByRole('button', { name: '다시 시도' })).toBeNull();
    // Back to English: the try that failed there has since succeeded, so there is nothing to say.
    act(() => {
      window.history.replaceState(null, '', `/en/articles/${slug}/#p3.400`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(document.documentElement.lang).toBe('en');
    expect(screen.queryByText('The Korean text could not be loaded right now. Check your connection and try again.')).toBeNull();
  });
});

describe('prefetching and retrying the other language', () => {
  const fileOf = (edition: typeof korean): Response => new Response(JSON.stringify(edition), { status: 200 });
  const requested = (fetch: ReturnType<typeof vi.fn>): string[] => fetch.mock.calls.map(([url]) => String(url));

  it('a 404 for the other language is also "not available right now", never a broken switch', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('Not Found', { status: 404 }))));
    openArticle('en', null, true);
    await userEvent.click(screen.getByRole('link', { name: '한국어' }));
    expect(await screen.findByText('The Korean text could not be loaded right now. Check your connection and try again.')).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });

  it('the idle prefetch asks for the other language once; after the switch nothing is fetched again', async () => {
    const fetch = vi.fn((url: string) => Promise.resolve(fileOf(url.includes('/ko/') ? korean : english)));
    vi.stubGlobal('fetch', fetch);
    openArticle('ko', null, true);
    await vi.waitFor(() => expect(requested(fetch)).toContain(`/content/en/${slug}.json`));
    await userEvent.click(screen.getByRole('link', { name: 'English' }));
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    // Korean was read first, so it is in the store: nothing more to fetch, and English is never asked again.
    expect(requested(fetch).filter((url) => url.includes('/en/'))).toHaveLength(1);
  });

  it('the notice of a page read from its own markup offers Try again, which ends it once the other language loads', async () => {
    let online = false;
    vi.stubGlobal('fetch', vi.fn(() => (online ? Promise.resolve(fileOf(korean)) : Promise.reject(new TypeError('offline')))));
    openArticle('en', null, true, true);
    const notice = screen.getByText('Part of this page could not be loaded. You can keep reading, but switching language may not work.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(notice).toBeInTheDocument();
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(notice).not.toBeInTheDocument());
  });
});

import { act, renderHook } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Edition } from '../../src/articles/edition.ts';
import { editionFromPage } from '../../src/reader/editionFromPage.ts';
import { positionToKeep, samePosition } from '../../src/articles/position.ts';
import { renderArticle } from '../../src/entry-server.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { i18nForLanguage } from '../../src/i18n/i18nForLanguage.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { useSession } from '../../src/routing/history.ts';
import type { ArticleRoute, Route } from '../../src/routing/paths.ts';
import { editionIn, slug } from './seedEditions.ts';

const article = (language: Language, position: ArticleRoute['position'] = null): ArticleRoute => ({ page: 'article', language, slug, position, view: 'one' });

describe('useSession: the route and its arrivals', () => {
  beforeEach(() => window.history.replaceState(null, '', `/en/articles/${slug}/`));

  it('go() pushes a history entry, shows the route and makes a new arrival at its position', () => {
    const { result } = renderHook(() => useSession(article('en')));
    const first = result.current.arrival;
    const length = window.history.length;
    act(() => result.current.go(article('ko', { paragraph: 'p3', offset: 12 })));
    expect(window.location.pathname + window.location.hash).toBe(`/ko/articles/${slug}/#p3.12`);
    expect(window.history.length).toBe(length + 1);
    expect(result.current.route).toEqual(article('ko', { paragraph: 'p3', offset: 12 }));
    expect(result.current.arrival).not.toBe(first);
    expect(result.current.arrival.position).toEqual({ paragraph: 'p3', offset: 12 });
  });

  it('record() replaces the URL and updates the route without a new arrival or history entry', () => {
    const { result } = renderHook(() => useSession(article('en')));
    const arrival = result.current.arrival;
    const length = window.history.length;
    act(() => result.current.record(article('en', { paragraph: 'p2', offset: 40 })));
    expect(window.location.hash).toBe('#p2.40');
    expect(window.history.length).toBe(length);
    expect(result.current.route).toEqual(article('en', { paragraph: 'p2', offset: 40 }));
    expect(result.current.arrival).toBe(arrival);
    // Back at the start: the plain URL.
    act(() => result.current.record(article('en')));
    expect(window.location.hash).toBe('');
  });

  it('Back/Forward (popstate) is an arrival at the route the URL now names, language and position', () => {
    const { result } = renderHook(() => useSession(article('en')));
    const arrival = result.current.arrival;
    act(() => {
      window.history.replaceState(null, '', `/ko/articles/${slug}/#p4.7`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.route).toEqual(article('ko', { paragraph: 'p4', offset: 7 }));
    expect(result.current.arrival).not.toBe(arrival);
    expect(result.current.arrival.position).toEqual({ paragraph: 'p4', offset: 7 });
  });

  it('stops listening to popstate when unmounted', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderHook(() => useSession(article('en')));
    const listener = added.mock.calls.find(([type]) => type === 'popstate')?.[1];
    expect(listener).toBeTypeOf('function');
    unmount();
    expect(removed).toHaveBeenCalledWith('popstate', listener);
    added.mockRestore();
    removed.mockRestore();
  });

  it('hydrates the prerendered route, then shows the landing route as the first arrival', () => {
    const seen: Route[] = [];
    function Probe({ initial, landing }: { initial: Route; landing: Route }) {
      const session = useSession(initial, landing);
      seen.push(session.route);
      return null;
    }
    const landing = article('en', { paragraph: 'p3', offset: 0 });
    act(() => {
      hydrateRoot(document.createElement('div'), <Probe initial={article('en')} landing={landing} />);
    });
    expect(seen[0]).toEqual(article('en'));
    expect(seen.at(-1)).toEqual(landing);
  });
});

describe('the i18n language follows the route', () => {
  it('gives each language its own instance over one shared store, and never changes the root', () => {
    const root = createI18n('en');
    const korean = i18nForLanguage(root, 'ko');
    expect(i18nForLanguage(root, 'en')).toBe(root);
    expect(i18nForLanguage(root, 'ko')).toBe(korean);
    expect(korean.language).toBe('ko');
    expect(korean.t('reader.nextPage')).toBe('다음 쪽');
    expect(root.language).toBe('en');
    expect(root.t('reader.nextPage')).toBe('Next page');
    root.addResourceBundle('ko', 'probe', { word: '낱말' });
    expect(korean.getResourceBundle('ko', 'probe')).toEqual({ word: '낱말' });
  });
});

describe('positions as the URL keeps them', () => {
  const english = editionIn('en');
  it('drops the position at the very start of the article, and keeps any other', () => {
    expect(positionToKeep({ paragraph: 'p1', offset: 0 }, english)).toBeNull();
    expect(positionToKeep({ paragraph: 'p1', offset: 1 }, english)).toEqual({ paragraph: 'p1', offset: 1 });
    expect(positionToKeep({ paragraph: 'p2', offset: 0 }, english)).toEqual({ paragraph: 'p2', offset: 0 });
  });
  it('compares positions by value', () => {
    expect(samePosition(null, null)).toBe(true);
    expect(samePosition({ paragraph: 'p1', offset: 2 }, { paragraph: 'p1', offset: 2 })).toBe(true);
    expect(samePosition({ paragraph: 'p1', offset: 2 }, { paragraph: 'p1', offset: 3 })).toBe(false);
    expect(samePosition({ paragraph: 'p1', offset: 2 }, { paragraph: 'p2', offset: 2 })).toBe(false);
    expect(samePosition({ paragraph: 'p1', offset: 0 }, null)).toBe(false);
    expect(samePosition(null, { paragraph: 'p1', offset: 0 })).toBe(false);
  });
});

describe('editionFromPage: the article as the prerendered page shows it', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  for (const language of ['en', 'ko'] as const) {
    it(`reads back exactly the ${language} edition the page was rendered from`, () => {
      const edition = editionIn(language);
      document.body.innerHTML = `<div id="root">${renderArticle(edition, 'https://reader.example', '/og/preview.png').body}</div>`;
      expect(editionFromPage(document, language, slug)).toEqual(edition);
    });
  }

  it('keeps a paragraph published untranslated as such, in its own language', () => {
    const korean = editionIn('ko');
    const [first, ...rest] = korean.paragraphs;
    if (!first) throw new Error('no paragraphs');
    const english = editionIn('en').paragraphs[0];
    const withUntranslated: Edition = { ...korean, paragraphs: [{ ...first, text: english?.text ?? '', language: 'en', untranslated: true }, ...rest] };
    document.body.innerHTML = renderArticle(withUntranslated, 'https://reader.example', '/og/preview.png').body;
    expect(editionFromPage(document, 'ko', slug)).toEqual(withUntranslated);
  });

  it.each([
    ['a paragraph without its text element', (root: HTMLElement) => root.querySelector('[data-paragraph-text]')?.remove()],
    ['no headline', (root: HTMLElement) => root.querySelector('h1')?.remove()],
    ['no posting date', (root: HTMLElement) => root.querySelector('time[itemprop="datePublished"]')?.remove()],
    ['no update date', (root: HTMLElement) => root.querySelector('time[itemprop="dateModified"]')?.remove()],
    ['no language on any ancestor', (root: HTMLElement) => root.querySelector('article')?.removeAttribute('lang')],
  ])('gives nothing, and never throws, for a page with %s', (_case, damage) => {
    const root = document.createElement('div');
    root.innerHTML = renderArticle(editionIn('en'), 'https://reader.example', '/og/preview.png').body;
    damage(root);
    expect(editionFromPage(root, 'en', slug)).toBeNull();
  });

  it('gives nothing for a page of another language or without an article', () => {
    document.body.innerHTML = renderArticle(editionIn('en'), 'https://reader.example', '/og/preview.png').body;
    expect(editionFromPage(document, 'ko', slug)).toBeNull();
    document.body.innerHTML = '<main><h1>Page not found</h1></main>';
    expect(editionFromPage(document, 'en', slug)).toBeNull();
  });
});

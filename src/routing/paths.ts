import type { Position } from '../articles/position.ts';
import { defaultLanguage, isLanguage, type Language } from '../i18n/languages.ts';
import { isSlug, paragraphKeySource } from '../articles/ids.ts';

/**
 * The one module that builds and parses the reader's URLs. Nothing else concatenates paths.
 *
 *   /                                   home: sends the reader to their language
 *   /{lang}/articles/{slug}/            an article in one language (trailing slash optional)
 *   /{lang}/articles/{slug}/#p3.120     ...opened at paragraph key `p3`, character 120
 *   /content/{lang}/{slug}.json         the article edition the browser loads (built from locales/)
 *
 * The position lives in the fragment: it never reaches a server or a cache key, a static host serves
 * the same prerendered file for every position, and `#p3` alone is also a plain element anchor, so a
 * shared paragraph link scrolls to the paragraph even with JavaScript off.
 */

/**
 * The route is the one owner of the reading session: what the app renders, in which language, at which place.
 * The i18n language, `<html lang>`, the title, the URL, stored progress and the engine's target all follow
 * from it (src/app/App.tsx, src/app/useArticleSession.ts); none of them is kept beside it.
 */
export type ArticleRoute = { page: 'article'; language: Language; slug: string; position: Position | null };
export type Route = { page: 'home' } | ArticleRoute | { page: 'notFound'; language: Language | null };

/** The language a route is shown in: its own, or the fallback for addresses that name none. */
export function languageOf(route: Route): Language {
  return route.page === 'home' ? defaultLanguage : (route.language ?? defaultLanguage);
}

const fragmentPattern = new RegExp(`^#?(${paragraphKeySource})(?:\\.(\\d{1,9}))?$`);

/** Any string in, a route out: malformed input is "not found" (or no position), never an exception. */
export function parseUrl(pathname: string, hash = ''): Route {
  // Servers decode the path before looking for a file (so /e%6e/articles/… serves the English article):
  // decode it the same way, or the app would disagree with the page it was served.
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { page: 'notFound', language: null };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // A static host also serves the prerendered file under its own name: /en/articles/<slug>/index.html.
  if (segments.at(-1) === 'index.html') segments.pop();
  if (segments.length === 0) return { page: 'home' };
  const [first = '', second, slug = '', ...rest] = segments;
  const language = isLanguage(first) ? first : null;
  if (language && second === 'articles' && isSlug(slug) && rest.length === 0) {
    return { page: 'article', language, slug, position: parsePositionFragment(hash) };
  }
  return { page: 'notFound', language };
}

export function parsePositionFragment(hash: string): Position | null {
  const match = fragmentPattern.exec(hash);
  if (!match?.[1]) return null;
  return { paragraph: match[1], offset: match[2] ? Number(match[2]) : 0 };
}

/** `#p3` at a paragraph's start (also a valid element anchor), `#p3.120` inside it. */
export function positionFragment(position: Position): string {
  return position.offset > 0 ? `#${position.paragraph}.${position.offset}` : `#${position.paragraph}`;
}

export function articlePath(language: Language, slug: string, position: Position | null = null): string {
  return `/${language}/articles/${slug}/${position ? positionFragment(position) : ''}`;
}

export function homePath(): string {
  return '/';
}

export function editionPath(language: Language, slug: string): string {
  return `/content/${language}/${slug}.json`;
}

/** Where the prerender writes a page so that a static host serves it at `articlePath`. */
export function articleFile(language: Language, slug: string): string {
  return `${language}/articles/${slug}/index.html`;
}

export function previewImagePath(language: Language, slug: string): string {
  return `/og/${language}/${slug}.png`;
}

/** Absolute URL for link previews and canonical tags, which must not be relative. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}

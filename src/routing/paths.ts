import type { Position } from '../articles/position.ts';
import { defaultLanguage, isLanguage, type Language } from '../i18n/languages.ts';
import { isSlug, paragraphKeySource } from '../articles/ids.ts';
import { defaultView, type View } from './view.ts';

/**
 * The one module that builds and parses the reader's URLs. Nothing else concatenates paths.
 *
 *   /                                   home: sends the reader to the library in their language
 *   /{lang}/                            the library: every article, newest first, in one language
 *   /{lang}/articles/{slug}/            an article in one language (trailing slash optional)
 *   /{lang}/articles/{slug}/#p3.120     ...opened at paragraph key `p3`, character 120
 *   /{lang}/articles/{slug}/?view=both  ...in both languages, {lang} first (also with a position)
 *   /content/{lang}/{slug}.json         the article edition the browser loads (built from locales/)
 *   /content/index.json                 the catalog index: every article, for the library and "next article"
 *
 * The position lives in the fragment: it never reaches a server or a cache key, a static host serves
 * the same prerendered file for every position, and `#p3` alone is also a plain element anchor, so a
 * shared paragraph link scrolls to the paragraph even with JavaScript off.
 *
 * The view is a query parameter: a static host ignores it and serves the same prerendered page (the first
 * language, whose toggle links to the other: what the link shows with JavaScript off), and the page's
 * canonical and link-preview tags, which name the plain article URL, stay true for it. The one-language
 * view is the URL without the parameter, so every link made before both languages existed keeps its meaning.
 */

/**
 * The route is the one owner of the reading session: what the app renders, in which language, at which place.
 * The i18n language, `<html lang>`, the title, the URL, stored progress and the engine's target all follow
 * from it (src/app/App.tsx, src/app/useArticleSession.ts); none of them is kept beside it.
 */
export type ArticleRoute = { page: 'article'; language: Language; slug: string; position: Position | null; view: View };
export type LibraryRoute = { page: 'library'; language: Language };
/** A route the session can go to without leaving the page (a link, the language toggle). */
export type SessionRoute = ArticleRoute | LibraryRoute;
export type Route = { page: 'home' } | SessionRoute | { page: 'notFound'; language: Language | null };

/** The language a route is shown in: its own, or the fallback for addresses that name none. */
export function languageOf(route: Route): Language {
  return route.page === 'home' ? defaultLanguage : (route.language ?? defaultLanguage);
}

const fragmentPattern = new RegExp(`^#?(${paragraphKeySource})(?:\\.(\\d{1,9}))?$`);

const viewParameter = 'view';
const bothValue = 'both';

/** Any string in, a route out: malformed input is "not found" (or no position, or one language), never an exception. */
export function parseUrl(pathname: string, hash = '', search = ''): Route {
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
  if (language && segments.length === 1) return { page: 'library', language };
  if (language && second === 'articles' && isSlug(slug) && rest.length === 0) {
    return { page: 'article', language, slug, position: parsePositionFragment(hash), view: parseView(search) };
  }
  return { page: 'notFound', language };
}

/** `?view=both` is both languages; anything else (no parameter, an unknown value) is one. */
export function parseView(search: string): View {
  return new URLSearchParams(search).get(viewParameter) === bothValue ? 'both' : defaultView;
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

export function articlePath(language: Language, slug: string, position: Position | null = null, view: View = defaultView): string {
  const query = view === 'both' ? `?${viewParameter}=${bothValue}` : '';
  return `/${language}/articles/${slug}/${query}${position ? positionFragment(position) : ''}`;
}

/** The URL of an article route: its language, place and view. */
export function articleRoutePath(route: ArticleRoute): string {
  return articlePath(route.language, route.slug, route.position, route.view);
}

/** The URL of a route the session goes to: an article (at its place, in its view) or a library. */
export function sessionRoutePath(route: SessionRoute): string {
  return route.page === 'article' ? articleRoutePath(route) : libraryPath(route.language);
}

export function homePath(): string {
  return '/';
}

/** A language's library, the list of every article (`/en/`, `/ko/`). */
export function libraryPath(language: Language): string {
  return `/${language}/`;
}

/** A language's Atom feed of its articles (scripts/build/atomFeed.ts writes it into dist/ at this path). */
export function feedPath(language: Language): string {
  return `/${language}/feed.xml`;
}

/** The sitemap of every page for search engines (scripts/build/sitemap.ts); robots.txt names it. */
export const sitemapPath = '/sitemap.xml';

/** Where the prerender writes a library so that a static host serves it at `libraryPath`. */
export function libraryFile(language: Language): string {
  return `${language}/index.html`;
}

export function catalogIndexPath(): string {
  return '/content/index.json';
}

export function editionPath(language: Language, slug: string): string {
  return `/content/${language}/${slug}.json`;
}

/** Where the prerender writes a page so that a static host serves it at `articlePath`. */
export function articleFile(language: Language, slug: string): string {
  return `${language}/articles/${slug}/index.html`;
}

/**
 * An edition's link-preview image, named by the hash of the card it shows (scripts/og/previewImage.ts): a
 * new headline is a new URL, which chat apps and social sites fetch afresh instead of showing their copy.
 */
export function previewImagePath(language: Language, slug: string, cardHash: string): string {
  return `/og/${language}/${slug}-${cardHash.slice(0, 8)}.png`;
}

/** Absolute URL for link previews and canonical tags, which must not be relative. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}

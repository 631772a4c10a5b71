import { defaultLanguage, isLanguage } from '../../src/i18n/languages.ts';
import { headersFileName, nginxHeadersFileName } from './securityHeaders.ts';
import { notFoundPageFile } from './sitePages.ts';

/**
 * How a well-configured static host answers a request for the site's files: the one rule the preview server
 * (notFoundPreviewPlugin.ts) and the dev server (devPagesPlugin.ts) both follow.
 *
 * Every request path goes through one parser first. Servers find files by the path with its escapes
 * decoded and its `.` and `..` segments resolved, so `/content/../_headers`, `/%5Fheaders` and `/_headers/`
 * all name the file `_headers`: deciding anything on the raw path lets some spelling through.
 */
export interface RequestPath {
  /** Decoded, with empty, `.` and `..` segments resolved away: `['en', 'articles', 'slug']`. */
  segments: string[];
  /**
   * The first segment as the app reads the path (src/routing/paths.ts: decoded, dots left alone), which
   * picks the language of the not-found page: the page must be in the language the app will render.
   */
  first: string;
  /** Whether the path ends with a slash (a directory URL). */
  directory: boolean;
  /** The query string, without `?`. */
  query: string;
}

/** Null when the path cannot be decoded (a stray `%`): no file has such a name. */
export function parseRequestPath(url: string): RequestPath | null {
  const [rawPath = '', ...queryParts] = url.split('?');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.split('#')[0] ?? '');
  } catch {
    return null;
  }
  const segments: string[] = [];
  // Decoded before splitting: an escaped slash or dot (`..%2F`, `%2e%2e`) is a separator or a dot too.
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  const first = decoded.split('/').find((segment) => segment !== '') ?? '';
  return { segments, first, directory: /\/\.{0,2}$/.test(decoded), query: queryParts.join('?') };
}

/** Files in dist/ that a static host reads as its configuration and never serves. */
const hostOnlyFiles = new Set([headersFileName, nginxHeadersFileName]);

/** What a directory URL serves. */
const directoryIndex = 'index.html';

export type HostAnswer =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'notFound'; file: string };

/**
 * What the host serves for `url`, given which files the site has (paths relative to its root, no leading
 * slash): the file; a 301 from `/…/slug` to `/…/slug/` where that is a directory with an index.html (as
 * GitHub Pages and Netlify do); or the not-found page with status 404, Korean under /ko/.
 */
export function answerRequest(url: string, hasFile: (file: string) => boolean): HostAnswer {
  const path = parseRequestPath(url);
  const first = path?.first ?? '';
  const notFound: HostAnswer = { kind: 'notFound', file: notFoundPageFile(isLanguage(first) ? first : defaultLanguage) };
  if (!path) return notFound;
  const name = path.segments.join('/');
  if (hostOnlyFiles.has(name)) return notFound;
  const index = name === '' ? directoryIndex : `${name}/${directoryIndex}`;
  if (path.directory || name === '') return hasFile(index) ? { kind: 'file', file: index } : notFound;
  if (hasFile(name)) return { kind: 'file', file: name };
  if (hasFile(index)) {
    // Built from the parsed segments, re-encoded: never the raw path, whose `//` would name another host.
    const location = `/${path.segments.map(encodeURIComponent).join('/')}/${path.query ? `?${path.query}` : ''}`;
    return { kind: 'redirect', location };
  }
  return notFound;
}

/**
 * The media type of the site's files that a lookup by extension gets wrong, or without the charset (both
 * servers otherwise type by extension): the Atom feeds are `.xml` files named `feed.xml` but Atom documents
 * (RFC 4287, section 7), the sitemap is `application/xml` (RFC 7303; `text/xml` would default to ASCII
 * for a client that ignores the XML declaration), and robots.txt is UTF-8 text. nginx says the same in
 * deploy/nginx/site/media-types.conf. Null: the extension's own type is right.
 */
export function mediaTypeOf(file: string): string | null {
  if (/^[^/]+\/feed\.xml$/.test(file)) return 'application/atom+xml; charset=utf-8';
  if (file.endsWith('.xml')) return 'application/xml; charset=utf-8';
  if (file.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return null;
}

/** The path to request a site file by: its segments encoded, as a static file server expects them. */
export const fileUrl = (file: string): string => `/${file.split('/').map(encodeURIComponent).join('/')}`;

import type { Edition } from '../../src/articles/edition.ts';
import { defaultLanguage, languages, type Language } from '../../src/i18n/languages.ts';
import { absoluteUrl, articlePath, libraryPath } from '../../src/routing/paths.ts';
import { latestUpdate } from './atomFeed.ts';
import { xmlDocument, type XmlElement } from './xmlDocument.ts';

/**
 * `/sitemap.xml` (the sitemaps.org protocol, 0.9): every article page in every language and each language's
 * library, each with its absolute `loc`, its `lastmod` and, as Google reads multilingual sitemaps, an
 * `xhtml:link rel="alternate"` per language version, itself included, plus `x-default` (an article's original,
 * the default language's library), the same alternates as the page's own `<link rel="alternate" hreflang>`.
 */
export const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';

interface SitemapPage {
  path: string;
  lastmod: string | null;
  alternates: ReadonlyArray<[hreflang: string, path: string]>;
}

const element = (name: string, children: XmlElement['children'] = []): XmlElement => ({ name, namespace: sitemapNamespace, children });

export function sitemap(editions: readonly Edition[], origin: string): string {
  const libraryAlternates: Array<[string, string]> = [...languages.map((language): [string, string] => [language, libraryPath(language)]), ['x-default', libraryPath(defaultLanguage)]];
  const libraries: SitemapPage[] = languages.map((language) => ({
    path: libraryPath(language),
    lastmod: latestUpdate(editions.filter((edition) => edition.language === language)),
    alternates: libraryAlternates,
  }));
  const articles: SitemapPage[] = editions.map((edition) => ({
    path: articlePath(edition.language, edition.slug),
    lastmod: edition.updatedAt,
    alternates: [
      ...languages
        .filter((language) => editions.some((other) => other.slug === edition.slug && other.language === language))
        .map((language: Language): [string, string] => [language, articlePath(language, edition.slug)]),
      ['x-default', articlePath(edition.originalLanguage, edition.slug)],
    ],
  }));
  const url = (page: SitemapPage): XmlElement =>
    element('url', [
      element('loc', [absoluteUrl(origin, page.path)]),
      ...(page.lastmod ? [element('lastmod', [page.lastmod])] : []),
      ...page.alternates.map(([hreflang, path]) => ({
        name: 'xhtml:link',
        namespace: xhtmlNamespace,
        attributes: { rel: 'alternate', hreflang, href: absoluteUrl(origin, path) },
      })),
    ]);
  return xmlDocument(element('urlset', [...libraries, ...articles].map(url)), { xhtml: xhtmlNamespace });
}

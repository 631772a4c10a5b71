import { atomMediaType, describe, feedTitle } from '../../src/app/documentText.ts';
import { awaitsTranslation, type Edition } from '../../src/articles/edition.ts';
import { uiStrings } from './uiStrings.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { absoluteUrl, articlePath, feedPath, libraryPath } from '../../src/routing/paths.ts';
import { xmlDocument, type XmlElement } from './xmlDocument.ts';

/**
 * A language's Atom feed (RFC 4287), `/{lang}/feed.xml`: every article in that language, newest first, with
 * the elements the RFC requires of a feed (id, title, updated, an author, here the site; a `self` link, which
 * it recommends) and of each entry (id, title, updated, a summary, since the entry has no content, and an
 * `alternate` link: the page), plus `published`. Every URL is absolute on the site's origin: a feed is read
 * far from the site. A Korean entry whose article is not translated yet is in English: its `xml:lang` says so.
 */
export const atomNamespace = 'http://www.w3.org/2005/Atom';

const atom = (name: string, children: XmlElement['children'] = [], attributes: Record<string, string> = {}): XmlElement => ({
  name,
  namespace: atomNamespace,
  attributes,
  children,
});

/** Newest first: by posting time (RFC 3339 with offsets, so compared as instants), then by slug. */
export function newestFirst(editions: readonly Edition[]): Edition[] {
  return [...editions].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug));
}

/** The latest update among `editions`, as written in the catalog (its offset kept). */
export function latestUpdate(editions: readonly Edition[]): string | null {
  return editions.reduce<string | null>((latest, edition) => (latest === null || Date.parse(edition.updatedAt) > Date.parse(latest) ? edition.updatedAt : latest), null);
}

export function atomFeed(allEditions: readonly Edition[], language: Language, origin: string): string {
  const t = uiStrings(language);
  const editions = newestFirst(allEditions.filter((edition) => edition.language === language));
  const url = (path: string): string => absoluteUrl(origin, path);
  const entries = editions.map((edition) => {
    const page = url(articlePath(language, edition.slug));
    return atom(
      'entry',
      [
        atom('id', [page]),
        atom('title', [edition.headline], { type: 'text' }),
        atom('updated', [edition.updatedAt]),
        atom('published', [edition.publishedAt]),
        atom('link', [], { rel: 'alternate', type: 'text/html', hreflang: language, href: page }),
        atom('category', [], { term: edition.section, label: t(`sections.${edition.section}`) }),
        atom('summary', [describe(edition)], { type: 'text' }),
      ],
      awaitsTranslation(edition) ? { 'xml:lang': edition.originalLanguage } : {},
    );
  });
  return xmlDocument(
    atom(
      'feed',
      [
        atom('id', [url(feedPath(language))]),
        atom('title', [feedTitle(t)], { type: 'text' }),
        // A feed with no article yet has nothing to date it by: the epoch, which no reader takes for news.
        atom('updated', [latestUpdate(editions) ?? '1970-01-01T00:00:00Z']),
        atom('author', [atom('name', [t('siteName')]), atom('uri', [url('/')])]),
        atom('link', [], { rel: 'self', type: atomMediaType, href: url(feedPath(language)) }),
        atom('link', [], { rel: 'alternate', type: 'text/html', hreflang: language, href: url(libraryPath(language)) }),
        ...entries,
      ],
      { 'xml:lang': language },
    ),
  );
}

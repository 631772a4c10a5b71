import type { TFunction } from 'i18next';
import type { Edition } from '../articles/edition.ts';
import { shortenText } from '../lib/shortenText.ts';

/**
 * What a page says about itself to link previews, search engines and feed readers: its description and its
 * feed's title. Plain TypeScript, no JSX: the build's feed generator (scripts/build/atomFeed.ts) imports it
 * without loading React beside the server bundle's own copy.
 */

/** The meta description: the article's opening, cut at a word (or, in Korean, at a character) near 160. */
export function describe(edition: Edition, maxLength = 160): string {
  return shortenText(edition.paragraphs[0]?.text ?? '', maxLength);
}

/** The Atom feed's media type (RFC 4287), which feed readers look for in a page's alternate links. */
export const atomMediaType = 'application/atom+xml';

/** A language's feed title, in the feed itself (scripts/build/atomFeed.ts) and in the pages' link to it. */
export function feedTitle(t: TFunction): string {
  return t('feed.title', { siteName: t('siteName') });
}

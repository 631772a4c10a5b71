import type { Content } from '../content/validateContent.ts';
import { languages } from '../../src/i18n/languages.ts';
import { feedPath, sitemapPath } from '../../src/routing/paths.ts';
import { atomFeed } from './atomFeed.ts';
import { robotsTxt } from './robotsTxt.ts';
import { sitemap } from './sitemap.ts';

/**
 * The files the site offers to feed readers and search engines, by the file a static host serves each from
 * (a path without its leading slash): an Atom feed per language, the sitemap and robots.txt. Written by the
 * prerender beside the pages (prerender.ts), from the same validated content.
 */
export function siteFeeds(content: Content, origin: string): Map<string, string> {
  const file = (path: string): string => path.replace(/^\//, '');
  return new Map([
    ...languages.map((language): [string, string] => [file(feedPath(language)), atomFeed(content.editions, language, origin)]),
    [file(sitemapPath), sitemap(content.editions, origin)],
    ['robots.txt', robotsTxt(origin)],
  ]);
}

import { absoluteUrl, sitemapPath } from '../../src/routing/paths.ts';

/**
 * `/robots.txt` (RFC 9309): every page may be crawled, and the sitemap is named by its absolute URL (the
 * `Sitemap` line, which sitemaps.org defines, must be absolute).
 */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(origin, sitemapPath)}`, ''].join('\n');
}

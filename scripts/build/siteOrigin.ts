/**
 * The site's public origin, which link previews need to build absolute URLs (og:url, og:image, canonical).
 * Set SITE_ORIGIN when building for production, e.g. `SITE_ORIGIN=https://reader.example npm run build`.
 * The default is the local preview server, so a local build previews correctly.
 */
export const defaultSiteOrigin = 'http://localhost:4173';

export function siteOrigin(value = process.env.SITE_ORIGIN): string {
  const raw = value?.trim() || defaultSiteOrigin;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_ORIGIN must be http(s): ${raw}`);
  return url.origin;
}

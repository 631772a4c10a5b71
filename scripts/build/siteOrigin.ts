/**
 * The site's public origin, which every built page carries in its absolute URLs (canonical and hreflang
 * links, og:url, og:image). It has no default: a build that fell back to localhost would send search
 * engines and link previews to http://localhost:4173/…, so a build without SITE_ORIGIN does not start.
 * The local commands (npm start, the browser tests, the benchmarks) build with `--local` instead, for the
 * preview server's own origin.
 */
export const localPreviewPort = 4173;
export const localSiteOrigin = `http://localhost:${localPreviewPort}`;

/** A message for a person: what is wrong and the command that fixes it (printed without a stack). */
export class SiteOriginError extends Error {
  constructor(problem: string) {
    super(
      [
        problem,
        'SITE_ORIGIN is the origin the site will be served from: every page carries it in its canonical, hreflang and og:image URLs.',
        '  Build for the public:       SITE_ORIGIN=https://reader.example npm run build',
        `  Build for a local preview:  npm run build:local  (for ${localSiteOrigin}; npm start does this, then serves it)`,
      ].join('\n'),
    );
    this.name = 'SiteOriginError';
  }
}

/** The origin to build for: the local preview's when `local`, else SITE_ORIGIN (`value`), which must be set. */
export function siteOrigin({ local, value }: { local: boolean; value: string | undefined }): string {
  if (local) return localSiteOrigin;
  const raw = value?.trim() ?? '';
  if (raw === '') throw new SiteOriginError('SITE_ORIGIN is not set, so the build stopped before it began.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteOriginError(`SITE_ORIGIN is not a URL: "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteOriginError(`SITE_ORIGIN must be http(s): "${raw}".`);
  // The pages link to /en/articles/… at the root: an origin with a path (or more) would be silently cut.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new SiteOriginError(`SITE_ORIGIN must be an origin alone (scheme, host and port), not "${raw}".`);
  }
  return url.origin;
}

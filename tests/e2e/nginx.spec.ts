import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { articleUrl, expect, slug, test } from './fixtures.ts';
import { rawGet } from './rawGet.ts';

/**
 * What the production server adds to the static host rule every server follows (the other serving specs
 * run against both): the cache rules and the build's precompressed files (deploy/nginx/). Run only in the
 * `nginx` project (playwright.config.ts); vite preview compresses on the fly and sets no cache rules.
 */
const dist = process.env.E2E_DIST ?? 'dist';
const read = (file: string): Buffer => readFileSync(join(dist, file));

/** The article page's module script, a content-hashed file under /assets/. */
function mainScript(): string {
  const page = read(`${articleUrl('en').slice(1)}index.html`).toString('utf8');
  const src = /<script\b[^>]*\btype="module"[^>]*\bsrc="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
  if (!src) throw new Error('the built article page names no module script');
  return src;
}

const contentJson = `/content/ko/${slug}.json`;

/** The Korean article page's preview image, whose name the build gives it (the hash of its card). */
function previewImage(): string {
  const page = read(`${articleUrl('ko').slice(1)}index.html`).toString('utf8');
  const image = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
  if (!image) throw new Error('the built article page names no preview image');
  return new URL(image).pathname;
}
const forever = 'public, max-age=31536000, immutable';

test('hashed assets are kept for a year; pages, content, images, feeds, redirects and not-found pages are revalidated', async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const expected: Array<[path: string, status: number, cacheControl: string]> = [
    [mainScript(), 200, forever],
    [articleUrl('en'), 200, 'no-cache'],
    ['/', 200, 'no-cache'],
    [contentJson, 200, 'no-cache'],
    ['/content/index.json', 200, 'no-cache'],
    [previewImage(), 200, 'no-cache'],
    ['/favicon.svg', 200, 'no-cache'],
    ['/en/feed.xml', 200, 'no-cache'],
    ['/sitemap.xml', 200, 'no-cache'],
    ['/robots.txt', 200, 'no-cache'],
    // The service worker and the manifest keep their names across builds: a stale one would keep the old build.
    ['/sw.js', 200, 'no-cache'],
    ['/manifest.webmanifest', 200, 'no-cache'],
    ['/icons/icon-192.png', 200, 'no-cache'],
    [articleUrl('ko').replace(/\/$/, ''), 301, 'no-cache'],
    // A missing asset must not be remembered for a year: the next deploy may bring it.
    ['/assets/no-such-file.js', 404, 'no-cache'],
    ['/ko/no/such/page', 404, 'no-cache'],
  ];
  const seen: Array<[string, number, string]> = [];
  for (const [path] of expected) {
    const response = await rawGet(origin, path);
    seen.push([path, response.status, response.headers['cache-control'] ?? '(none)']);
  }
  expect(seen).toEqual(expected);
});

test('the service worker and the web app manifest are sent with the media types browsers require', async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  // A worker script must be JavaScript; Chromium reads a manifest of another type with a warning.
  const types = await Promise.all(['/sw.js', '/manifest.webmanifest'].map(async (path) => (await rawGet(origin, path)).headers['content-type']));
  expect(types).toEqual(['text/javascript; charset=utf-8', 'application/manifest+json; charset=utf-8']);
});

const decoders: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

test('text files are sent as the build compressed them: brotli, else gzip, else as they are, each with Vary: Accept-Encoding', async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const files: Array<[path: string, status: number, file: string]> = [
    [articleUrl('ko'), 200, `${articleUrl('ko').slice(1)}index.html`],
    [mainScript(), 200, mainScript().slice(1)],
    [contentJson, 200, contentJson.slice(1)],
    ['/ko/no/such/page', 404, 'ko/404.html'],
  ];
  const offers: Array<[acceptEncoding: string, encoding: string | undefined]> = [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ];
  for (const [path, status, file] of files) {
    for (const [acceptEncoding, encoding] of offers) {
      const at = `${path} (Accept-Encoding: ${acceptEncoding})`;
      const response = await rawGet(origin, path, { 'accept-encoding': acceptEncoding });
      expect(response.status, at).toBe(status);
      expect(response.headers['content-encoding'], at).toBe(encoding);
      expect(response.headers['vary'], at).toBe('Accept-Encoding');
      // Byte for byte the build's file.br / file.gz: compressed once, at build time, not per request.
      const sent = encoding === 'br' ? 'br' : encoding === 'gzip' ? 'gz' : undefined;
      expect(response.body.equals(read(sent ? `${file}.${sent}` : file)), `${at}: the body is dist/${file}${sent ? `.${sent}` : ''}`).toBe(true);
      const decode = encoding ? decoders[encoding] : undefined;
      expect((decode ? decode(response.body) : response.body).equals(read(file)), `${at}: decodes to dist/${file}`).toBe(true);
    }
  }
});

test('a page the browser already has is revalidated with a 304 and no body', async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const first = await rawGet(origin, articleUrl('en'), { 'accept-encoding': 'br' });
  const etag = first.headers['etag'];
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await rawGet(origin, articleUrl('en'), { 'accept-encoding': 'br', 'if-none-match': etag ?? '' });
  expect({ status: again.status, bytes: again.body.length }).toEqual({ status: 304, bytes: 0 });
});

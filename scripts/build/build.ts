import { join } from 'node:path';
import { applyTestArticlesFlag, testArticlesDirectory } from '../content/readContent.ts';
import { buildTimeLine } from './buildTime.ts';
import { precompress } from './precompress.ts';
import { bundleServiceWorker, serviceWorkerBundle, writeServiceWorker } from './serviceWorker.ts';
import { siteOrigin, SiteOriginError } from './siteOrigin.ts';

/**
 * `npm run build` and `npm run build:local` (`--local`): the client build, the SSR build of
 * src/entry-server.tsx, the prerender of every page into dist/, the service worker that precaches them
 * (serviceWorker.ts), then gzip and brotli copies of its text files
 * (precompress.ts). The origin is settled first, so that a build without SITE_ORIGIN stops at once, with the
 * commands that fix it, instead of shipping localhost. `--with-test-articles` adds the articles of
 * tests/fixtures/content/ (the browser tests' build: `npm run test:e2e`); no other build ships them.
 */
async function main(): Promise<void> {
  let origin: string;
  try {
    origin = siteOrigin({ local: process.argv.includes('--local'), value: process.env.SITE_ORIGIN });
  } catch (error) {
    if (!(error instanceof SiteOriginError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  if (applyTestArticlesFlag(process.argv)) console.log(`with the test articles of ${testArticlesDirectory}/`);
  console.log(`building for ${origin}`);
  // Loaded only now: the origin check answers before Vite has even been read from disk.
  const [{ build }, { prerender }] = await Promise.all([import('vite'), import('./prerender.ts')]);
  const root = process.cwd();
  await build({ root });
  await build({ root, build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr' } });
  await prerender(root, origin);
  await bundleServiceWorker(root);
  const precache = await writeServiceWorker(serviceWorkerBundle(root), join(root, 'dist'));
  const { files, bytes, gzipBytes, brotliBytes } = precompress(join(root, 'dist'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`service worker precaches ${precache.files} files, ${kb(precache.bytes)}`);
  console.log(`precompressed ${files} files: ${kb(bytes)}, gzip ${kb(gzipBytes)}, brotli ${kb(brotliBytes)}`);
  console.log(buildTimeLine(performance.now() / 1000, process.cpuUsage()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

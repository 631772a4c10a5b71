import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The service worker, after the prerender (scripts/build/build.ts): src/serviceWorker/ bundled on its own
 * (a worker has no DOM and no page's module graph), then Workbox's `injectManifest` writes `dist/sw.js` with
 * the precache manifest: every file below, each with a revision from its content (the `/assets/` files carry
 * a hash in their names already, so their URL is their revision).
 */

/** What a reader needs offline; not the link-preview images (/og/), feeds or compressed copies. */
export const precachePatterns = [
  '**/*.html',
  'assets/**/*.{js,css}',
  'content/**/*.json',
  'icons/*.png',
  'favicon.svg',
  'manifest.webmanifest',
];

export const serviceWorkerFile = 'sw.js';

/** The bundle before the manifest goes in: kept beside dist-ssr/, so a copy of dist/ can be re-versioned. */
export const serviceWorkerBundle = (root: string): string => join(root, 'dist-sw', serviceWorkerFile);

export async function bundleServiceWorker(root: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    // Workbox logs its development messages unless told it is in production.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist-sw',
      emptyOutDir: true,
      target: 'es2022',
      // A classic script: `navigator.serviceWorker.register()` without `type: 'module'` works in every browser.
      lib: { entry: 'src/serviceWorker/serviceWorker.ts', formats: ['iife'], name: 'readerServiceWorker', fileName: () => serviceWorkerFile },
    },
  });
}

export interface PrecacheSize {
  files: number;
  bytes: number;
}

/** Which files of `dist` the worker precaches, and how each is versioned. */
const manifestOptions = (dist: string) => ({
  globDirectory: dist,
  globPatterns: precachePatterns,
  dontCacheBustURLsMatching: /^assets\//,
  // An article page with its inlined stylesheet is far below this; a file above it is a mistake to report.
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});

/** Writes `dist/sw.js` from the bundle with the manifest of `dist`'s files; returns what it precaches. */
export async function writeServiceWorker(bundle: string, dist: string): Promise<PrecacheSize> {
  const { injectManifest } = await import('workbox-build');
  const { count, size, warnings } = await injectManifest({ swSrc: bundle, swDest: join(dist, serviceWorkerFile), ...manifestOptions(dist) });
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { files: count, bytes: size };
}

/**
 * What a reader's browser downloads and keeps for offline reading of a built `dist` (the bench reports it):
 * the files and their bytes as stored, and gzipped (about what a compressing server sends).
 */
export async function precacheSize(dist: string): Promise<PrecacheSize & { gzipBytes: number }> {
  const { getManifest } = await import('workbox-build');
  const { manifestEntries, count, size } = await getManifest(manifestOptions(dist));
  const gzipBytes = (manifestEntries ?? []).reduce((sum, entry) => sum + gzipSync(readFileSync(join(dist, entry.url))).length, 0);
  return { files: count, bytes: size, gzipBytes };
}

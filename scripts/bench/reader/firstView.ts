import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { previewImagePath } from '../../../src/routing/paths.ts';
import { copyProject } from '../../../tests/fixtures/projectCopy.ts';
import { precacheSize, type PrecacheSize } from '../../build/serviceWorker.ts';
import { readContent } from '../../content/readContent.ts';
import { cardFingerprint, cardForEdition, cardSourceKeyword } from '../../og/cardForEdition.ts';
import { withPngText } from '../../og/pngText.ts';

export interface FirstView {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** The JavaScript files themselves, in load order, to compare builds byte for byte. */
  scripts: string[];
}

const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

/**
 * The page's scripts and every module they import, statically or dynamically (the entry imports the app
 * after the first paint): all of it is downloaded before the reader is interactive. Imports in the built
 * chunks are relative (`./startApp-….js`).
 */
function moduleGraph(entries: readonly string[], source: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const directory = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of source(path).matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)[`'"]\.\/([^`'"]+\.js)[`'"]/g)) {
      visit(`${directory}${match[1] ?? ''}`);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** What a page loads to show and run: the HTML, its stylesheets and all of its JavaScript. */
export function firstView(siteDir: string, page: string): FirstView {
  const html = readFileSync(join(siteDir, page));
  const text = html.toString('utf8');
  const attribute = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1] ?? '');
  const read = (path: string) => readFileSync(join(siteDir, path));
  const scripts = moduleGraph(
    [
      ...attribute(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
      ...attribute(/<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"/g),
      ...attribute(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ],
    (path) => read(path).toString('utf8'),
  );
  // Linked stylesheets (the built pages inline theirs, which the HTML figure then includes).
  const styles = attribute(/<link[^>]*rel="stylesheet"[^>]*href="(\/assets\/[^"]+)"/g);
  return {
    htmlGzip: gzipSize(html),
    cssGzip: styles.reduce((sum, path) => sum + gzipSize(read(path)), 0),
    jsGzip: scripts.reduce((sum, path) => sum + gzipSize(read(path)), 0),
    scripts: scripts.map((path) => read(path).toString('utf8')),
  };
}

/**
 * Builds a copy of the project whose catalog holds `count` articles (the seed plus synthetic copies), the
 * whole build (prerender and service worker too), and returns the first view of its pages' shared template
 * and what its service worker precaches. Article text must never reach the JavaScript, so the first view
 * must equal the real build's first-view JavaScript byte for byte.
 */
export async function firstViewWithArticles(root: string, seedSlug: string, count: number): Promise<FirstView & { precache: PrecacheSize & { gzipBytes: number } }> {
  const copy = mkdtempSync(join(tmpdir(), 'reader-articles-'));
  try {
    copyProject(root, copy);
    for (let n = 2; n <= count; n += 1) {
      const slug = `synthetic-article-${n}`;
      const files = [
        ['locales/catalog', ''],
        ['locales/en/articles', ''],
        ['locales/ko/articles', ''],
      ];
      for (const [dir] of files) {
        const source = readFileSync(join(root, dir ?? '', `${seedSlug}.json`), 'utf8');
        writeFileSync(join(copy, dir ?? '', `${slug}.json`), source.replaceAll('talks', `talks ${n}`).replaceAll('환영', `환영 ${n}`));
      }
    }
    // Preview images: the seed's picture, recorded as each synthetic card so that the build's image check
    // (scripts/og/checkPreviewImages.ts) passes without rendering 200 images; this build measures scripts.
    for (const edition of readContent(copy).editions) {
      if (edition.slug === seedSlug) continue;
      const seedImage = readFileSync(join(root, 'public', previewImagePath(edition.language, seedSlug)));
      const image = withPngText(seedImage, cardSourceKeyword, cardFingerprint(cardForEdition(edition)));
      writeFileSync(join(copy, 'public', previewImagePath(edition.language, edition.slug)), image);
    }
    execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build/build.ts', '--local'], { cwd: copy, stdio: 'ignore' });
    return { ...firstView(join(copy, 'dist'), 'index.html'), precache: await precacheSize(join(copy, 'dist')) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

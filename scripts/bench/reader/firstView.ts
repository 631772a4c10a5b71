import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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

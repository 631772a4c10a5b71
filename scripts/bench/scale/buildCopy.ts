import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { languages, type Language } from '../../../src/i18n/languages.ts';
import { articleFile, libraryFile } from '../../../src/routing/paths.ts';
import { cpuSecondsIn } from '../../build/buildTime.ts';
import { precacheSize, type PrecacheSize } from '../../build/serviceWorker.ts';
import { projectWithArticles } from '../common/projectWithArticles.ts';
import { firstView } from '../reader/firstView.ts';

const run = promisify(execFile);

export interface BuildTime {
  /** On the clock, and on the CPU (as the build reports it: scripts/build/buildTime.ts). */
  wallSeconds: number;
  cpuSeconds: number;
}

export interface BuildFigures {
  articles: number;
  /** `build.ts --local` with an empty preview image cache (every card drawn), then again (all cached). */
  cold: BuildTime;
  warm: BuildTime;
  /** The JavaScript the seed's English page loads first, file by file (to compare builds byte for byte). */
  scripts: string[];
  jsGzip: number;
  /** The library page of each language, gzip bytes, or null where the build has none. */
  libraries: Array<{ language: Language; gzip: number | null }>;
  /** What the service worker precaches (offline): files, bytes as stored, and gzip bytes. */
  precache: PrecacheSize & { gzipBytes: number };
}


/**
 * Builds a copy of the project holding `count` articles (the seed and synthetic copies), twice: once with
 * an empty preview image cache of its own, as the first build of a fresh clone, then again with the cache
 * that build filled, as every later build. The build is the real one (`scripts/build/build.ts --local`:
 * client, SSR, prerender, service worker, precompress), run as `npm run build:local` runs it.
 */
export async function buildCopy(root: string, seedSlug: string, count: number): Promise<BuildFigures> {
  const copy = mkdtempSync(join(tmpdir(), `reader-scale-${count}-`));
  const cache = mkdtempSync(join(tmpdir(), `reader-scale-og-${count}-`));
  try {
    projectWithArticles(root, copy, seedSlug, count);
    const build = async (): Promise<BuildTime> => {
      const started = performance.now();
      const { stdout } = await run(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build/build.ts', '--local'], {
        cwd: copy,
        env: { ...process.env, OG_CACHE_DIR: cache },
        maxBuffer: 64 * 1024 * 1024,
      });
      const cpuSeconds = cpuSecondsIn(stdout);
      if (cpuSeconds === null) throw new Error(`the build of ${count} articles did not report its time:\n${stdout}`);
      return { wallSeconds: (performance.now() - started) / 1000, cpuSeconds };
    };
    const cold = await build();
    const warm = await build();
    const dist = join(copy, 'dist');
    const view = firstView(dist, articleFile('en', seedSlug));
    const libraries = languages.map((language) => {
      const file = join(dist, libraryFile(language));
      return { language, gzip: existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : null };
    });
    return { articles: count, cold, warm, scripts: view.scripts, jsGzip: view.jsGzip, libraries, precache: await precacheSize(dist) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}

import { cpus } from 'node:os';
import { benchArticleSlug as seedSlug, loadAverage, projectRoot as root, runBench, writeBenchResults } from '../common/benchRun.ts';
import { table } from '../common/table.ts';
import { buildCopy, type BuildFigures, type BuildTime } from './buildCopy.ts';
import { growth, libraryTargetBytes, maxGrowth } from './targets.ts';

/**
 * `npm run bench:scale` (part of `npm run bench`): the site with 1, 50 and 100 articles (the seed and
 * synthetic copies, in copies of the project): the build's time, first and cached (growth per article no
 * worse than linear), an article's first-view JavaScript (identical whatever the number of articles), and
 * the library page's size (≤ 30 KB gzip with 100 articles), and what the service worker precaches for
 * offline reading (issue 16: the whole site, so it grows by each article's two pages and two editions). Prints a table, writes bench-results/scale.json.
 * A missed target is reported, not failed.
 */
const sizes = [1, 50, 100] as const;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'OVER');
const seconds = (value: number): string => `${value.toFixed(value < 1 ? 2 : 1)} s`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const precacheFigure = (size: { files: number; bytes: number; gzipBytes: number }): string =>
  `${Number(size.files.toFixed(1))} files, ${kb(size.bytes)} (gzip ${kb(size.gzipBytes)})`;

const sameScripts = (a: BuildFigures, b: BuildFigures): boolean =>
  a.scripts.length === b.scripts.length && a.scripts.every((source, index) => source === b.scripts[index]);

async function main(): Promise<void> {
  const loadBefore = loadAverage();
  const builds: BuildFigures[] = [];
  for (const count of sizes) {
    console.error(`building a copy with ${count} article${count === 1 ? '' : 's'}, twice (empty image cache, then cached)…`);
    builds.push(await buildCopy(root, seedSlug, count));
  }
  const [one, , hundred] = builds;
  if (!one || !hundred) throw new Error('no builds');
  // On CPU seconds: the clock swings with other work on a shared machine far more than the CPU time does.
  const coldGrowth = growth(builds.map((build) => [build.articles, build.cold.cpuSeconds]));
  const warmGrowth = growth(builds.map((build) => [build.articles, build.warm.cpuSeconds]));
  const identical = sameScripts(one, hundred);

  const rows: string[][] = [['figure', 'measured', 'target', '']];
  const time = (build: BuildTime): string => `${seconds(build.wallSeconds)} (CPU ${seconds(build.cpuSeconds)})`;
  for (const build of builds) {
    rows.push([`build, ${build.articles} article${build.articles === 1 ? '' : 's'}: first (all cards drawn) / cached`, `${time(build.cold)} / ${time(build.warm)}`, '', '']);
  }
  for (const [name, figure] of [['first', coldGrowth], ['cached', warmGrowth]] as const) {
    rows.push([
      `  ${name} build, CPU per article: 50→100 vs 1→50`,
      `${seconds(figure.perArticleLate)} vs ${seconds(figure.perArticleEarly)}${figure.ratio === null ? '' : ` (x${figure.ratio.toFixed(2)})`}`,
      `linear (≤ x${maxGrowth})`,
      figure.ratio === null ? '? (no cost measured from 1 to 50)' : verdict(figure.ratio <= maxGrowth),
    ]);
  }
  rows.push(['first-view JS of an article, 100 articles vs 1', `${kb(hundred.jsGzip)} vs ${kb(one.jsGzip)}, ${identical ? 'identical' : 'differs'}`, 'identical', verdict(identical)]);
  for (const { language, gzip } of hundred.libraries) {
    rows.push([
      `library page /${language}/ with 100 articles, gzip`,
      gzip === null ? 'n/a (no library page)' : kb(gzip),
      `≤ ${kb(libraryTargetBytes)}`,
      gzip === null ? '' : verdict(gzip <= libraryTargetBytes),
    ]);
  }
  rows.push([`precache (offline), ${one.articles} article`, precacheFigure(one.precache), '≤ 1 MB', verdict(one.precache.bytes <= 1024 * 1024)]);
  rows.push([`precache (offline), ${hundred.articles} articles`, precacheFigure(hundred.precache), '', '']);
  const added = hundred.articles - one.articles;
  const perArticle = {
    files: (hundred.precache.files - one.precache.files) / added,
    bytes: (hundred.precache.bytes - one.precache.bytes) / added,
    gzipBytes: (hundred.precache.gzipBytes - one.precache.gzipBytes) / added,
  };
  // An article is two pages (each with the inlined stylesheet, about 13 KB) and two editions.
  rows.push(['  per article added', precacheFigure(perArticle), '≤ 64 KB', verdict(perArticle.bytes <= 64 * 1024)]);
  console.log(`\nScale benchmark (${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadBefore.toFixed(1)} before, ${loadAverage().toFixed(1)} after)`);
  console.log(table(rows));
  await writeBenchResults('scale', {
    createdAt: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadAverage() },
    builds: builds.map(({ scripts, ...figures }) => ({ ...figures, scriptFiles: scripts.length })),
    growth: { first: coldGrowth, cached: warmGrowth, limit: maxGrowth },
    firstViewJsIdentical: identical,
    precachePerArticle: perArticle,
    libraryTargetBytes,
  });
}

runBench(main);

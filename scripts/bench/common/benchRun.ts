import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edition } from '../../../src/articles/edition.ts';
import { readContent } from '../../content/readContent.ts';

/**
 * What the benchmarks share: the project they measure, the article they measure
 * it with, where results go, and how a run ends. A missed target is reported by each benchmark, never
 * failed; only a run that could not measure exits non-zero.
 */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The real article the benchmarks measure: the first one published (the seed), so that figures stay
 * comparable from run to run however many articles are added; BENCH_ARTICLE names another.
 */
function chooseBenchArticle(): string {
  const { editions } = readContent(projectRoot, { withTestArticles: false });
  const named = process.env.BENCH_ARTICLE;
  if (named !== undefined) {
    if (!editions.some((edition) => edition.slug === named)) throw new Error(`BENCH_ARTICLE: no article "${named}" under locales/`);
    return named;
  }
  const [first] = [...editions].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  if (!first) throw new Error('no article under locales/ to measure');
  return first.slug;
}

export const benchArticleSlug = chooseBenchArticle();

/** Its editions in every language, as the content build validated them: a broken article fails here. */
export function benchArticleEditions(): Edition[] {
  return readContent(projectRoot, { withTestArticles: false }).editions.filter((edition) => edition.slug === benchArticleSlug);
}

/** Other work on the machine slows the browser: the one-minute load average says how much there was. */
export const loadAverage = (): number => loadavg()[0] ?? 0;

/** Writes `bench-results/<name>.json` (gitignored) and says where. */
export async function writeBenchResults(name: string, report: unknown): Promise<void> {
  const file = join(projectRoot, 'bench-results', `${name}.json`);
  await mkdir(join(projectRoot, 'bench-results'), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

/** Runs a benchmark: an error (it could not measure) is printed and makes the command exit non-zero. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}

import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Edition } from '../../../src/articles/edition.ts';
import { readContent } from '../../content/readContent.ts';

/**
 * What the two benchmarks (paging/ and reader/) share: the project they measure, the article they measure
 * it with, where results go, and how a run ends. A missed target is reported by each benchmark, never
 * failed; only a run that could not measure exits non-zero.
 */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The real article both benchmarks lay out. */
export const benchArticleSlug = 'dpk-leader-welcomes-us-n-korea-talks';

/** Its editions in every language, as the content build validated them: a broken article fails here. */
export function benchArticleEditions(): Edition[] {
  const editions = readContent(projectRoot).editions.filter((edition) => edition.slug === benchArticleSlug);
  if (editions.length === 0) throw new Error(`no article "${benchArticleSlug}" under locales/`);
  return editions;
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

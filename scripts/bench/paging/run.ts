import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../tests/e2e/browser.ts';
import { benchArticleEditions, loadAverage, runBench, writeBenchResults } from '../common/benchRun.ts';
import { buildBenchPage } from './buildBenchPage.ts';
import { measure, type Plan } from './measure.ts';
import { formatReport, type BenchReport } from './report.ts';
import { serveStatic } from './staticServer.ts';
import { layoutGrowth, targets } from './targets.ts';

/**
 * `npm run bench:paging` (part of `npm run bench`): how long the real app takes, in Chromium, to answer a
 * reader's resize, text size step and page turn, reading the seed article and synthetic articles 10 and 50
 * times as long; and whether a turn re-renders paragraphs. Prints a table, writes bench-results/paging.json.
 * Exits non-zero only when it could not measure; a missed target is reported, not failed.
 */
const plan: Plan = {
  // The phone and desktop sizes of the browser tests: one column per page, and two.
  screens: [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ],
  copies: [1, 10, 50],
  bothCopies: [10, 50],
  // 30 layouts per trigger and 100 page turns per case in all.
  rounds: 5,
  layouts: { warmUp: 3, measured: 6 },
  turns: { warmUp: 4, measured: 20 },
};

async function main(): Promise<void> {
  const seeds = benchArticleEditions();
  const loadAverageBefore = loadAverage();
  const outDir = await mkdtemp(join(tmpdir(), 'reader-bench-'));
  try {
    await buildBenchPage(outDir);
    const server = await serveStatic(outDir);
    try {
      const browser = await chromium.launch(chromiumLaunchOptions());
      try {
        // Progress goes to stderr, so that stdout is the report alone.
        const results = await measure(browser, `${server.origin}/pagingBench.html`, seeds, plan, (message) => console.error(message));
        const report: BenchReport = {
          createdAt: new Date().toISOString(),
          browser: browser.version(),
          machine: { cpus: cpus().length, loadAverageBefore, loadAverageAfter: loadAverage() },
          plan,
          targets,
          results,
          growth: layoutGrowth(results),
        };
        console.log(`\n${formatReport(report)}`);
        await writeBenchResults('paging', report);
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

runBench(main);

import type { Browser, Page } from 'playwright-core';
import type { Edition } from '../../src/articles/edition.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { ArticleFacts, ArticleRequest, LayoutTrigger, Repetitions } from './benchProtocol.ts';
import { summarize, type Summary } from './stats.ts';

/** Drives the bench page (pagingBenchPage.ts) in one browser tab per screen size. */

export interface Screen {
  width: number;
  height: number;
}

export interface Plan {
  screens: readonly Screen[];
  /** Article lengths, as multiples of the seed article. */
  copies: readonly number[];
  layouts: Repetitions;
  turns: Repetitions;
}

export interface Timings extends Summary {
  /** Every measured run, in order, in milliseconds: for anyone who wants more than two figures. */
  samples: number[];
}

export interface CaseResult extends ArticleFacts {
  screen: Screen;
  language: Language;
  copies: number;
  /** One set per way of making the layout stale (see LayoutTrigger). */
  layoutMs: Record<LayoutTrigger, Timings>;
  /** Null when the article fits on one page, so that there is nothing to turn. */
  turnMs: Timings | null;
}

const timings = (samples: number[]): Timings => ({ ...summarize(samples), samples });

async function openBenchPage(browser: Browser, url: string, screen: Screen): Promise<Page> {
  const context = await browser.newContext({ viewport: screen, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.pagingBench !== undefined);
  if (!(await page.evaluate(() => window.pagingBench?.timerIsPrecise()))) {
    throw new Error('the bench page is not cross-origin isolated, so its timer is coarsened to 100 µs');
  }
  return page;
}

async function timeLayouts(page: Page, trigger: LayoutTrigger, repetitions: Repetitions): Promise<Timings> {
  const samples = await page.evaluate(([t, r]) => {
    if (!window.pagingBench) throw new Error('bench page not loaded');
    return window.pagingBench.timeLayouts(t, r);
  }, [trigger, repetitions] as const);
  return timings(samples);
}

async function measureCase(page: Page, request: ArticleRequest, plan: Plan): Promise<Omit<CaseResult, 'screen' | 'language' | 'copies'>> {
  // Functions passed to evaluate run in the page, so they can only reach the page's globals.
  const facts = await page.evaluate((r) => {
    if (!window.pagingBench) throw new Error('bench page not loaded');
    return window.pagingBench.showArticle(r);
  }, request);
  const layoutMs = {
    resize: await timeLayouts(page, 'resize', plan.layouts),
    textSize: await timeLayouts(page, 'textSize', plan.layouts),
  };
  const turns = await page.evaluate((r) => {
    if (!window.pagingBench) throw new Error('bench page not loaded');
    return window.pagingBench.timePageTurns(r);
  }, plan.turns);
  return { ...facts, layoutMs, turnMs: turns.length > 0 ? timings(turns) : null };
}

export async function measure(
  browser: Browser,
  url: string,
  seeds: readonly Edition[],
  plan: Plan,
  onCase: (result: CaseResult) => void,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const screen of plan.screens) {
    const page = await openBenchPage(browser, url, screen);
    try {
      for (const seed of seeds) {
        for (const copies of plan.copies) {
          const result = { screen, language: seed.language, copies, ...(await measureCase(page, { seed, copies }, plan)) };
          results.push(result);
          onCase(result);
        }
      }
    } finally {
      await page.context().close();
    }
  }
  return results;
}

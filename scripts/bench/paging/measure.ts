import type { Browser, Page } from 'playwright-core';
import type { Edition } from '../../../src/articles/edition.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import type { View } from '../../../src/routing/view.ts';
import type { ArticleFacts, ArticleRequest, InputSample, LayoutTrigger, Repetitions } from './benchProtocol.ts';
import { summarize, type Summary } from '../common/stats.ts';

/** Drives the bench page (pagingBenchPage.tsx), in one browser tab per screen size. */

export interface Screen {
  width: number;
  height: number;
}

export interface Plan {
  screens: readonly Screen[];
  /** Article lengths, as multiples of the seed article. */
  copies: readonly number[];
  /** The lengths also read in both languages (issue 13: the 50x article, and the 10x for growth). */
  bothCopies: readonly number[];
  /**
   * Every case is measured in this many rounds, the cases taking turns, and the rounds pooled: a burst of
   * load from elsewhere on the machine then lands on all cases alike instead of on one, which keeps the
   * comparison between lengths (the growth check) fair.
   */
  rounds: number;
  /** Per round and per layout trigger. */
  layouts: Repetitions;
  /** Per round. */
  turns: Repetitions;
}

export interface Timings extends Summary {
  /** Every measured input, in order: its time and what the app did (commits, re-rendered paragraphs). */
  samples: InputSample[];
}

export interface CaseResult extends ArticleFacts {
  screen: Screen;
  language: Language;
  copies: number;
  view: View;
  /** One set per way of making the layout stale (see LayoutTrigger). */
  layoutMs: Record<LayoutTrigger, Timings>;
  /** Null when the article fits on one page, so that there is nothing to turn. */
  turnMs: Timings | null;
}

interface Samples {
  facts: ArticleFacts;
  resize: InputSample[];
  textSize: InputSample[];
  turns: InputSample[];
}

const timings = (samples: InputSample[]): Timings => ({ ...summarize(samples.map((sample) => sample.ms)), samples });

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

// Functions passed to evaluate run in the page, so they can reach nothing here, only the page's globals.

async function timeLayouts(page: Page, trigger: LayoutTrigger, repetitions: Repetitions): Promise<InputSample[]> {
  return page.evaluate(([t, r]) => {
    if (!window.pagingBench) throw new Error('bench page not loaded');
    return window.pagingBench.timeLayouts(t, r);
  }, [trigger, repetitions] as const);
}

/** One round of one case: show the article, then time its layouts and page turns. */
async function sampleCase(page: Page, request: ArticleRequest, plan: Plan): Promise<Samples> {
  const facts = await page.evaluate((r) => {
    if (!window.pagingBench) throw new Error('bench page not loaded');
    return window.pagingBench.showArticle(r);
  }, request);
  const resize = await timeLayouts(page, 'resize', plan.layouts);
  const textSize = await timeLayouts(page, 'textSize', plan.layouts);
  const turns = await page.evaluate((r) => {
    if (!window.pagingBench) throw new Error('bench page not loaded');
    return window.pagingBench.timePageTurns(r);
  }, plan.turns);
  return { facts, resize, textSize, turns };
}

function pooled(rounds: readonly Samples[]): Omit<CaseResult, 'screen' | 'language' | 'copies' | 'view'> | null {
  const first = rounds[0];
  if (!first) return null;
  const turns = rounds.flatMap((r) => r.turns);
  return {
    ...first.facts,
    layoutMs: { resize: timings(rounds.flatMap((r) => r.resize)), textSize: timings(rounds.flatMap((r) => r.textSize)) },
    turnMs: turns.length > 0 ? timings(turns) : null,
  };
}

export async function measure(
  browser: Browser,
  url: string,
  seeds: readonly Edition[],
  plan: Plan,
  onProgress: (message: string) => void,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const screen of plan.screens) {
    const cases = seeds.flatMap(({ language }) => [
      ...plan.copies.map((copies) => ({ language, copies, view: 'one' as const, rounds: new Array<Samples>() })),
      ...plan.bothCopies.map((copies) => ({ language, copies, view: 'both' as const, rounds: new Array<Samples>() })),
    ]);
    const page = await openBenchPage(browser, url, screen);
    try {
      for (let round = 1; round <= plan.rounds; round += 1) {
        onProgress(`${screen.width}x${screen.height}: round ${round} of ${plan.rounds}`);
        for (const c of cases) c.rounds.push(await sampleCase(page, { seeds: [...seeds], language: c.language, copies: c.copies, view: c.view }, plan));
      }
    } finally {
      await page.context().close();
    }
    for (const c of cases) {
      const result = pooled(c.rounds);
      if (result) results.push({ screen, language: c.language, copies: c.copies, view: c.view, ...result });
    }
  }
  return results;
}

import { test as base, expect, type Page } from '@playwright/test';
import { articleUrlOf, slug } from './articles.ts';
import { defineVisiblePage, measureLines, positionShows, settleTurn, type LineVisibility, type TextPosition } from './inPageMeasures.ts';

export { articleUrlOf, newestArticleSlug, slug, testArticleSlug } from './articles.ts';

/** The seed article's page. */
export const articleUrl = (language: 'en' | 'ko', fragment = ''): string => articleUrlOf(slug, language, fragment);

/**
 * Defines `window.visiblePage()` in the page, for the `page.evaluate` bodies that follow. Call it before each
 * use: a navigation clears it.
 */
export async function installVisiblePage(page: Page): Promise<void> {
  await page.evaluate(defineVisiblePage);
}

/**
 * Every test fails on a console error, an uncaught exception or a React hydration warning: a reader never
 * sees those, but they are how regressions first show.
 */
export const test = base.extend<{ consoleProblems: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose, such as Chromium logging the 404 status of a not-found page. */
  expectedConsoleErrors: [[], { option: true }],
  consoleProblems: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (expectedConsoleErrors.some((pattern) => pattern.test(text))) return;
        if (message.type() === 'error' || /hydrat/i.test(text)) problems.push(`${message.type()}: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, uncaught exceptions or hydration warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the paging engine has laid out (the page is interactive and paged). */
export async function openReader(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.reader[data-paged]')).toBeVisible();
}

export interface PageState {
  current: number;
  total: number;
}

/** What the page indicator ("2 / 5") says. */
export function parsePageIndicator(text: string): PageState {
  const match = /^(\d+) \/ (\d+)$/.exec(text.trim());
  if (!match) throw new Error(`page indicator reads "${text}"`);
  return { current: Number(match[1]), total: Number(match[2]) };
}

export async function pageState(page: Page): Promise<PageState> {
  return parsePageIndicator((await page.locator('.page-indicator').textContent()) ?? '');
}

/** The position a URL records (`#p3.120`), or the start when it has none. */
export function positionInHref(href: string): TextPosition {
  const match = /^#([a-z][a-z0-9-]*)(?:\.(\d+))?$/.exec(new URL(href).hash);
  return match?.[1] ? { paragraph: match[1], offset: Number(match[2] ?? 0) } : { paragraph: 'p1', offset: 0 };
}

/** The position the page's URL records. */
export const positionInUrl = (page: Page): TextPosition => positionInHref(page.url());

/**
 * Layout facts measured in the page: for every line box of article text, where it is relative to the
 * visible page (see `measureLines`).
 */
export async function lineVisibility(page: Page): Promise<LineVisibility> {
  await installVisiblePage(page);
  return page.evaluate(measureLines);
}

/** Whether the character at a position is on the page the reader sees. */
export async function isPositionVisible(page: Page, position: TextPosition): Promise<boolean> {
  await installVisiblePage(page);
  return page.evaluate(positionShows, position);
}

/** A horizontal swipe across the page at y = 420, as touch events through the DevTools protocol (Chromium). */
export async function swipe(page: Page, fromX: number, toX: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const y = 420;
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
  for (let step = 1; step <= 5; step += 1) {
    const x = fromX + ((toX - fromX) * step) / 5;
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + step }] });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
}

/** Waits for a page turn's animation (if any) to end, so measurements see the final place. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(settleTurn);
}

/**
 * From the last page (End), back to the page with the article's last words: the way on to the next article
 * (`.article-end`, after the text) can fill the last page, or more on a tiny one. Turns back only while the
 * page shows part of it and not the words; returns how many turns that took.
 */
export async function backToLastWords(page: Page, lastWords: TextPosition): Promise<number> {
  const showsEnd = () =>
    page.evaluate(() => {
      const pager = document.querySelector('.pager')?.getBoundingClientRect();
      const end = document.querySelector('.article-end');
      return !!pager && !!end && [...end.getClientRects()].some((rect) => rect.left >= pager.left - 1 && rect.right <= pager.right + 1);
    });
  let turns = 0;
  while (!(await isPositionVisible(page, lastWords)) && (await showsEnd()) && turns < 3) {
    const { current } = await pageState(page);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await pageState(page)).current).toBe(current - 1);
    await settle(page);
    turns += 1;
  }
  return turns;
}

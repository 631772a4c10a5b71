import { test as base, expect, type Page } from '@playwright/test';

export const slug = 'dpk-leader-welcomes-us-n-korea-talks';
export const articleUrl = (language: 'en' | 'ko', fragment = ''): string => `/${language}/articles/${slug}/${fragment}`;

/** The part of the pager the reader sees, in viewport pixels: its box less the clip-path inset of each side. */
export interface VisiblePage {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Whether a box is wholly on the visible page (to a pixel, for rounding). */
  shows: (rect: DOMRect) => boolean;
}

declare global {
  interface Window {
    /** Installed by `installVisiblePage` for `page.evaluate` bodies, which cannot import. */
    visiblePage?: () => VisiblePage | undefined;
  }
}

/**
 * Defines `window.visiblePage()` in the page, for the `page.evaluate` bodies that follow. Call it before each
 * use: a navigation clears it. Evaluated, not an init script, so it reaches pages of any context.
 */
export async function installVisiblePage(page: Page): Promise<void> {
  await page.evaluate(defineVisiblePage);
}

/** Self-contained: Playwright sends it to the page as source text. */
function defineVisiblePage(): void {
  window.visiblePage = () => {
    const pager = document.querySelector('.pager');
    if (!pager) return undefined;
    const box = pager.getBoundingClientRect();
    // The engine narrows the visible page with `clip-path: inset(0 Npx)` when the pager is wider than its pages.
    const clip = /inset\(0(?:px)? (\d+(?:\.\d+)?)px\)/.exec(getComputedStyle(pager).clipPath);
    const inset = clip ? Number(clip[1]) : 0;
    const left = box.left + inset;
    const right = box.right - inset;
    return {
      left,
      right,
      top: box.top,
      bottom: box.bottom,
      shows: (rect) => rect.left >= left - 1 && rect.right <= right + 1 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1,
    };
  };
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

export async function pageState(page: Page): Promise<PageState> {
  const text = (await page.locator('.page-indicator').textContent()) ?? '';
  const match = /^(\d+) \/ (\d+)$/.exec(text.trim());
  if (!match) throw new Error(`page indicator reads "${text}"`);
  return { current: Number(match[1]), total: Number(match[2]) };
}

/** The position the URL records (`#p3.120`), or the start when it has none. */
export function positionInUrl(page: Page): { paragraph: string; offset: number } {
  const hash = new URL(page.url()).hash;
  const match = /^#([a-z][a-z0-9-]*)(?:\.(\d+))?$/.exec(hash);
  return match?.[1] ? { paragraph: match[1], offset: Number(match[2] ?? 0) } : { paragraph: 'p1', offset: 0 };
}

/**
 * Layout facts measured in the page: for every line box of article text, where it is relative to the
 * visible page (the pager's clipped box). A line is "visible" when it is inside, "cut" when it crosses an
 * edge, "hidden" when entirely outside.
 */
export async function lineVisibility(page: Page): Promise<{ visible: string[]; cut: string[]; hiddenCount: number }> {
  await installVisiblePage(page);
  return page.evaluate(() => {
    const view = window.visiblePage?.();
    const columns = document.querySelector('.pager-columns');
    if (!view || !columns) throw new Error('no pager');
    const { left, right } = view;
    const visible: string[] = [];
    const cut: string[] = [];
    let hiddenCount = 0;
    const walker = document.createTreeWalker(columns, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let nodeIndex = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      nodeIndex += 1;
      if (!text.trim()) continue;
      const parent = node.parentElement;
      const id = parent?.closest('[data-paragraph]')?.getAttribute('data-paragraph') ?? parent?.tagName ?? '?';
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        const key = `${id}:${nodeIndex}@${Math.round(rect.top - view.top)}`;
        const outside = rect.right <= left + 1 || rect.left >= right - 1 || rect.bottom <= view.top || rect.top >= view.bottom;
        if (view.shows(rect)) visible.push(key);
        else if (outside) hiddenCount += 1;
        else cut.push(`${key} [${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}x${Math.round(rect.height)}]`);
      }
    }
    return { visible, cut, hiddenCount };
  });
}

/** Whether the character at a position is on the page the reader sees. */
export async function isPositionVisible(page: Page, position: { paragraph: string; offset: number }): Promise<boolean> {
  await installVisiblePage(page);
  return page.evaluate(({ paragraph, offset }) => {
    const view = window.visiblePage?.();
    const text = document.querySelector(`[data-paragraph="${paragraph}"] [data-paragraph-text]`)?.firstChild;
    if (!view || !(text instanceof Text)) return false;
    const range = document.createRange();
    const at = Math.min(offset, text.length - 1);
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const rect = range.getClientRects()[0];
    return Boolean(rect && view.shows(rect));
  }, position);
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
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const columns = document.querySelector('.pager-columns');
        const running = columns?.getAnimations().filter((animation) => animation.playState === 'running') ?? [];
        // A re-layout during the turn (web fonts arriving, say) cancels its transition, and a cancelled
        // animation's `finished` rejects: that, too, means the page is where it will stay.
        const ended = running.map((animation) => animation.finished.catch(() => undefined));
        void Promise.all(ended).then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        );
      }),
  );
}

import type { Page } from '@playwright/test';
import { articleUrl, expect, installVisiblePage, openReader, pageState, settle, test } from './fixtures.ts';

/**
 * The reader with a keyboard alone: no clicks, no programmatic focus. Every step is a key press, and every
 * check is what a keyboard user meets: which control has focus (by role and accessible name), what the
 * page shows, what changed.
 */

const labels = {
  en: {
    skip: 'Go to contents',
    library: 'All articles',
    toggle: '한국어',
    toggleBack: 'English',
    both: 'Both languages',
    paragraph: (n: number) => `Share paragraph ${n}`,
    peek: (n: number) => `Show paragraph ${n} in Korean`,
    previous: 'Previous page',
    next: 'Next page',
    share: 'Share',
    settings: 'Reading settings',
    smaller: 'Smaller text',
    larger: 'Larger text',
    themes: { light: 'Light', dark: 'Dark', sepia: 'Sepia' },
    copied: 'Link copied',
  },
  ko: {
    skip: '본문 바로가기',
    library: '모든 기사',
    toggle: 'English',
    toggleBack: '한국어',
    both: '두 언어로 보기',
    paragraph: (n: number) => `${n}번째 문단 공유`,
    peek: (n: number) => `${n}번째 문단 영어로 보기`,
    previous: '이전 쪽',
    next: '다음 쪽',
    share: '공유',
    settings: '읽기 설정',
    smaller: '글자 작게',
    larger: '글자 크게',
    themes: { light: '밝게', dark: '어둡게', sepia: '세피아' },
    copied: '링크를 복사했습니다',
  },
} as const;

const otherLanguage = { en: 'ko', ko: 'en' } as const;

/** The focused control as a screen reader names it: `link "Go to contents"`, `button "Next page"`. */
async function focusedControl(page: Page): Promise<string> {
  const focus = page.locator(':focus');
  if ((await focus.count()) === 0) return 'nothing (focus fell back to the document)';
  const snapshot = await focus.ariaSnapshot();
  return (snapshot.split('\n')[0] ?? '').replace(/^- /, '').replace(/:$/, '');
}

async function pressTab(page: Page, times: number, key = 'Tab'): Promise<string[]> {
  const stops: string[] = [];
  for (let stop = 0; stop < times; stop += 1) {
    await page.keyboard.press(key);
    stops.push(await focusedControl(page));
  }
  return stops;
}

/**
 * Where keyboard focus is after a page turn: on the article itself, on something the reader can see on the
 * current page, or somewhere it should not be (described, for the failure message).
 */
async function focusPlacement(page: Page): Promise<string> {
  await settle(page);
  await installVisiblePage(page);
  return page.evaluate(() => {
    const focused = document.activeElement;
    const pager = document.querySelector('.pager');
    if (!focused || !pager) return 'no pager';
    if (focused.id === 'content') return 'the article';
    const label = `${focused.tagName.toLowerCase()} "${focused.getAttribute('aria-label') ?? focused.textContent ?? ''}"`;
    if (!pager.contains(focused)) return `outside the pages: ${label}`;
    const view = window.visiblePage?.();
    if (!view) return 'no pager';
    const rect = focused.getBoundingClientRect();
    const visible = rect.width > 0 && view.shows(rect);
    return visible ? 'visible on the page' : `off the page: ${label} at x=${Math.round(rect.left)}`;
  });
}

for (const language of ['en', 'ko'] as const) {
  const label = labels[language];
  // Tab stops from the article text on: the links of the page on screen (the first, at 390x844: paragraph 1's
  // ¶ and peek toggle; links on other pages are out of the Tab order, so Tab never turns the page), then the
  // toolbar.
  const textThenToolbar = [
    `link "${label.paragraph(1)}"`,
    `button "${label.peek(1)}"`,
    `button "${label.previous}" [disabled]`,
    `button "${label.next}"`,
    `button "${label.share}"`,
    `button "${label.settings}"`,
  ];

  test.describe(`keyboard only, ${language === 'en' ? 'in English' : 'in Korean'}`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('Tab visits the skip link, the library link, the language toggle, Both languages, the paragraph links, then the toolbar, in that order', async ({ page }) => {
      await openReader(page, articleUrl(language));
      const stops = await pressTab(page, 10);
      // Both page buttons stay Tab stops; Previous page says it is disabled on the first page (aria-disabled:
      // a `disabled` button could not be reached to learn why).
      expect(stops).toEqual([`link "${label.skip}"`, `link "${label.library}"`, `link "${label.toggle}"`, `button "${label.both}"`, ...textThenToolbar]);
    });

    test('the first Tab shows the skip link; Enter on it moves focus to the article, and Tab goes on into the text', async ({ page }) => {
      await openReader(page, articleUrl(language));
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: label.skip });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('#content')).toBeFocused();
      // From the article, Tab goes on through the page's text, then to the toolbar; the toggle is above the
      // article, already passed.
      expect(await pressTab(page, 6)).toEqual(textThenToolbar);
    });

    test('with focus on the page, ArrowRight, ArrowLeft, End and Home turn pages', async ({ page }) => {
      await openReader(page, articleUrl(language));
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      const { total } = await pageState(page);
      expect(total).toBeGreaterThanOrEqual(3);
      const indicator = page.locator('.page-indicator');
      await page.keyboard.press('ArrowRight');
      await expect(indicator).toHaveText(`2 / ${total}`);
      await page.keyboard.press('ArrowRight');
      await expect(indicator).toHaveText(`3 / ${total}`);
      await page.keyboard.press('ArrowLeft');
      await expect(indicator).toHaveText(`2 / ${total}`);
      await page.keyboard.press('End');
      await expect(indicator).toHaveText(`${total} / ${total}`);
      await page.keyboard.press('Home');
      await expect(indicator).toHaveText(`1 / ${total}`);
    });

    test('the reading settings open with Enter, A+ enlarges the text with Space, arrows choose a theme, Escape closes', async ({ page }) => {
      await openReader(page, articleUrl(language));
      const settings = page.getByRole('button', { name: label.settings });
      // Shift+Tab from the top of the page wraps to the last control, the settings button.
      expect(await pressTab(page, 1, 'Shift+Tab')).toEqual([`button "${label.settings}"`]);
      await page.keyboard.press('Enter');
      await expect(settings).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('radio', { name: label.themes.sepia })).toBeVisible();

      expect(await pressTab(page, 2)).toEqual([`button "${label.smaller}"`, `button "${label.larger}"`]);
      const reader = page.locator('.reader');
      const step = Number(await reader.getAttribute('data-font-step'));
      const before = await pageState(page);
      await page.keyboard.press(' ');
      await expect(reader).toHaveAttribute('data-font-step', String(step + 1));
      // Larger text never needs fewer pages.
      expect((await pageState(page)).total).toBeGreaterThanOrEqual(before.total);
      await expect(page.getByRole('button', { name: label.larger })).toBeFocused();

      // Into the theme group: focus lands on the checked radio (the system's light theme).
      expect(await pressTab(page, 1)).toEqual([`radio "${label.themes.light}" [checked]`]);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('radio', { name: label.themes.dark })).toBeFocused();
      await expect(page.getByRole('radio', { name: label.themes.dark })).toBeChecked();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
      await page.keyboard.press('ArrowUp');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      // Arrows inside the settings choose a theme; they must not also turn the page.
      await expect(page.locator('.page-indicator')).toHaveText(/^1 \//);

      await page.keyboard.press('Escape');
      await expect(page.getByRole('radio', { name: label.themes.sepia })).toBeHidden();
      await expect(settings).toHaveAttribute('aria-expanded', 'false');
      await expect(settings).toBeFocused();
    });

    test(`Enter on Share copies the link and says "${label.copied}"`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await openReader(page, articleUrl(language));
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(/^2 \//);
      expect(await pressTab(page, 2, 'Shift+Tab')).toEqual([`button "${label.settings}"`, `button "${label.share}"`]);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: label.copied })).toBeVisible();
      await expect(page.getByRole('button', { name: label.share })).toBeFocused();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    });

    test('Enter on the language toggle switches the language in place, and focus stays on the toggle', async ({ page }) => {
      await openReader(page, articleUrl(language));
      expect(await pressTab(page, 3)).toEqual([`link "${label.skip}"`, `link "${label.library}"`, `link "${label.toggle}"`]);
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', otherLanguage[language]);
      await expect(page.getByRole('link', { name: label.toggleBack })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('link', { name: label.toggle })).toBeFocused();
    });

    // The first paragraph's link is on the first page, the last one's on the last page (End, then Tab into it).
    for (const [paragraph, key, startPage] of [
      [1, 'ArrowRight', 'first'],
      [1, 'End', 'first'],
      [4, 'ArrowLeft', 'last'],
      [4, 'Home', 'last'],
    ] as const) {
      test(`${key} with focus on the link of paragraph ${paragraph} never leaves focus off screen`, async ({ page }) => {
        await openReader(page, articleUrl(language));
        if (startPage === 'last') await page.keyboard.press('End');
        const link = `link "${label.paragraph(paragraph)}"`;
        const stops = await pressTab(page, 5);
        // Skip link, library link, toggle, Both languages, then the links of the page on screen: paragraph 4's may come after paragraph 3's.
        if (stops.at(-1) !== link) stops.push(...(await pressTab(page, 1)));
        expect(stops.at(-1)).toBe(link);
        const before = await pageState(page);
        expect(before.current).toBe(startPage === 'first' ? 1 : before.total);
        await page.keyboard.press(key);
        await expect.poll(async () => (await pageState(page)).current).not.toBe(before.current);
        expect(await focusPlacement(page)).toMatch(/^(the article|visible on the page)$/);
      });
    }
  });

  test.describe(`the page buttons from the keyboard, ${language === 'en' ? 'in English' : 'in Korean'}`, () => {
    // A small phone: five pages, so the Next button can be pressed twice without reaching the end.
    test.use({ viewport: { width: 320, height: 568 } });

    test('Enter and Space on Next page turn the page and keep focus on the button', async ({ page }) => {
      await openReader(page, articleUrl(language));
      const { total } = await pageState(page);
      expect(total).toBeGreaterThanOrEqual(4);
      // Shift+Tab from the top of the page wraps to the toolbar's end: settings, Share, then Next page.
      expect(await pressTab(page, 3, 'Shift+Tab')).toEqual([
        `button "${label.settings}"`,
        `button "${label.share}"`,
        `button "${label.next}"`,
      ]);
      const next = page.getByRole('button', { name: label.next });
      await page.keyboard.press('Enter');
      await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
      await expect(next).toBeFocused();
      await page.keyboard.press(' ');
      await expect(page.locator('.page-indicator')).toHaveText(`3 / ${total}`);
      await expect(next).toBeFocused();
    });

    test('pressing Next page onto the last page keeps focus on the button, which then says it is disabled', async ({ page }) => {
      await openReader(page, articleUrl(language));
      const { total } = await pageState(page);
      const next = page.getByRole('button', { name: label.next });
      await pressTab(page, 3, 'Shift+Tab');
      await expect(next).toBeFocused();
      for (let turn = 1; turn < total; turn += 1) await page.keyboard.press('Enter');
      await expect(page.locator('.page-indicator')).toHaveText(`${total} / ${total}`);
      // A `disabled` button would drop focus to the document here, and a screen reader would lose its place.
      expect(await focusedControl(page)).toBe(`button "${label.next}" [disabled]`);
      await page.keyboard.press('Enter');
      await expect(page.locator('.page-indicator')).toHaveText(`${total} / ${total}`);
    });

    test('pressing Previous page onto the first page keeps focus on the button, which then says it is disabled', async ({ page }) => {
      await openReader(page, articleUrl(language));
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(/^2 \//);
      // From the top, Shift+Tab: settings, Share, Next page, Previous page.
      expect((await pressTab(page, 4, 'Shift+Tab')).at(-1)).toBe(`button "${label.previous}"`);
      await page.keyboard.press('Enter');
      await expect(page.locator('.page-indicator')).toHaveText(/^1 \//);
      expect(await focusedControl(page)).toBe(`button "${label.previous}" [disabled]`);
      await page.keyboard.press('Enter');
      await expect(page.locator('.page-indicator')).toHaveText(/^1 \//);
    });
  });
}

import type { Page } from '@playwright/test';
import {
  articleUrl,
  expect,
  isPositionVisible,
  lineVisibility,
  openReader,
  pageState,
  positionInUrl,
  settle,
  swipe,
  test,
} from './fixtures.ts';

const screens = [
  { name: 'phone 390x844 (touch)', width: 390, height: 844, touch: true },
  { name: 'phone landscape 844x390 (touch)', width: 844, height: 390, touch: true },
  { name: 'tablet 768x1024', width: 768, height: 1024, touch: false },
  { name: 'desktop 1440x900', width: 1440, height: 900, touch: false },
] as const;
const languages = ['en', 'ko'] as const;

async function goToPage(page: Page, target: number): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 1; i < target; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.page-indicator')).toHaveText(new RegExp(`^${target} / `));
  await settle(page);
}

for (const screen of screens) {
  for (const language of languages) {
    test.describe(`${screen.name}, ${language}`, () => {
      test.use({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch, isMobile: screen.touch });

      test('walking every page shows every line of the article exactly once and cuts none', async ({ page }) => {
        await openReader(page, articleUrl(language));
        const { total } = await pageState(page);
        const first = await lineVisibility(page);
        const allLines = first.visible.length + first.cut.length + first.hiddenCount;
        const seen = new Map<string, number>();
        for (let current = 1; current <= total; current += 1) {
          if (current > 1) await page.getByRole('button', { name: language === 'en' ? 'Next page' : '다음 쪽' }).click();
          await expect(page.locator('.page-indicator')).toHaveText(`${current} / ${total}`);
          await settle(page);
          const lines = await lineVisibility(page);
          expect(lines.cut, `lines cut at the edge of page ${current}`).toEqual([]);
          expect(lines.visible.length, `page ${current} shows text`).toBeGreaterThan(0);
          for (const line of lines.visible) seen.set(`${line}#${current}`, (seen.get(line) ?? 0) + 1);
        }
        expect(seen.size, 'every line appears on exactly one page').toBe(allLines);
        const paragraphs = await page.locator('[data-paragraph]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-paragraph')));
        const shown = new Set([...seen.keys()].map((key) => key.split(':')[0]));
        for (const id of paragraphs) expect(shown.has(id ?? ''), `paragraph ${id} shown`).toBe(true);
      });

      test('the position survives a resize, a font-size change and the language toggle', async ({ page }) => {
        await openReader(page, articleUrl(language));
        const { total } = await pageState(page);
        await goToPage(page, Math.max(1, Math.ceil(total / 2)));
        const before = positionInUrl(page);
        expect(await isPositionVisible(page, before)).toBe(true);

        await page.setViewportSize({ width: Math.round(screen.width * 0.8), height: Math.round(screen.height * 0.9) });
        await expect.poll(() => isPositionVisible(page, before), { message: 'after resize' }).toBe(true);

        await page.getByRole('button', { name: language === 'en' ? 'Reading settings' : '읽기 설정' }).click();
        await page.getByRole('button', { name: language === 'en' ? 'Larger text' : '글자 크게' }).click();
        await expect.poll(() => isPositionVisible(page, before), { message: 'after larger text' }).toBe(true);
        expect(positionInUrl(page)).toEqual(before);

        await page.keyboard.press('Escape');
        await page.locator('.language-toggle').click();
        const other = language === 'en' ? 'ko' : 'en';
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        const after = positionInUrl(page);
        expect(after.paragraph, 'the same paragraph in the other language').toBe(before.paragraph);
        expect(await isPositionVisible(page, after)).toBe(true);
      });
    });
  }
}

test.describe('page count', () => {
  test('depends on the screen and on the text size', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, articleUrl('en'));
    const phone = (await pageState(page)).total;
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => (await pageState(page)).total).toBeLessThan(phone);
    const desktop = (await pageState(page)).total;

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await pageState(page)).total).toBe(phone);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(async () => (await pageState(page)).total).toBeGreaterThan(phone);
    expect(desktop).toBeGreaterThanOrEqual(1);
  });
});

test.describe('turning pages', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('keys turn pages: arrows, Page Up/Down, Space, Shift+Space, Home and End', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    const { total } = await pageState(page);
    expect(total).toBeGreaterThanOrEqual(3);
    const indicator = page.locator('.page-indicator');
    await page.keyboard.press('ArrowRight');
    await expect(indicator).toHaveText(`2 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(indicator).toHaveText(`1 / ${total}`);
    await page.keyboard.press('PageDown');
    await expect(indicator).toHaveText(`2 / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(indicator).toHaveText(`1 / ${total}`);
    await page.keyboard.press('Space');
    await expect(indicator).toHaveText(`2 / ${total}`);
    await page.keyboard.press('Shift+Space');
    await expect(indicator).toHaveText(`1 / ${total}`);
    await page.keyboard.press('End');
    await expect(indicator).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(indicator).toHaveText(`1 / ${total}`);
  });

  test('the buttons turn pages, keep focus, and each turn is announced politely', async ({ page }) => {
    await openReader(page, articleUrl('ko'));
    const { total } = await pageState(page);
    const next = page.getByRole('button', { name: '다음 쪽' });
    const previous = page.getByRole('button', { name: '이전 쪽' });
    // Unavailable on the first page, yet still focusable (aria-disabled), so focus is never dropped.
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await next.click();
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await expect(next).toBeFocused();
    // The page controls' own live region (peek has another: ParagraphPeek.tsx).
    const live = page.locator('.page-controls [aria-live="polite"]');
    await expect(live).toHaveText(`${total}쪽 중 2쪽`);
    await expect(page.getByRole('progressbar', { name: '읽은 분량' })).toHaveAttribute('value', '2');
    await previous.click();
    await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
    await expect(live).toHaveText(`${total}쪽 중 1쪽`);
  });

  test('the whole article stays in the accessibility tree on every page', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    const article = page.getByRole('article', { name: 'DPK leader welcomes US-N. Korea talks' });
    const snapshot = await article.ariaSnapshot();
    expect(snapshot).toContain('We welcome U.S. President Donald Trump');
    expect(snapshot).toContain('not a show of pro-American activities');
  });

  test('the headline, the toggle and the page controls are on screen on every page', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('End');
    await settle(page);
    await expect(page.locator('.running-title')).toBeInViewport();
    await expect(page.getByRole('link', { name: '한국어' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Previous page' })).toBeInViewport();
  });
});

test.describe('touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a swipe left turns to the next page, a swipe right back', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    const { total } = await pageState(page);
    await swipe(page, 320, 80);
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await swipe(page, 80, 320);
    await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
  });

  test('a tap on the right edge turns forward, on the left edge back, in the middle nothing', async ({ page }) => {
    await openReader(page, articleUrl('ko'));
    const { total } = await pageState(page);
    const box = await page.locator('.pager').boundingBox();
    if (!box) throw new Error('no pager');
    const y = box.y + box.height / 2;
    await page.touchscreen.tap(box.x + box.width - 10, y);
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await page.touchscreen.tap(box.x + box.width / 2, y);
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await page.touchscreen.tap(box.x + 10, y);
    await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
  });

  test('rotating the phone keeps the place in the text', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const before = positionInUrl(page);
    await page.setViewportSize({ width: 844, height: 390 });
    await expect.poll(() => isPositionVisible(page, before)).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => isPositionVisible(page, before)).toBe(true);
  });
});

test.describe('mouse', () => {
  test('a click on the right edge of the page turns it', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await openReader(page, articleUrl('en'));
    const { total } = await pageState(page);
    const box = await page.locator('.pager').boundingBox();
    if (!box) throw new Error('no pager');
    await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  });
});

test.describe('motion', () => {
  test('page turns slide, unless the reader asked for reduced motion', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    const animated = await page.locator('.pager-columns').evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(animated).not.toBe('0s');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowRight');
    const still = await page.locator('.pager-columns').evaluate((element) => ({
      duration: getComputedStyle(element).transitionDuration,
      running: element.getAnimations().length,
    }));
    expect(still).toEqual({ duration: '0s', running: 0 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the article reads as plain scrolling text', async ({ page }) => {
    await page.goto(articleUrl('ko'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('더불어민주당 대표, 북미 대화 환영');
    await expect(page.locator('.toolbar')).toBeHidden();
    const last = page.locator('[data-paragraph-text]').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(844);
  });

  test('on a wide screen too, one scrolling column, and a #p4 link scrolls the window to it', async ({ page }) => {
    // Where the paged view would nest two columns in a pager that scrolls sideways (reader.css).
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(articleUrl('en', '#p4'));
    const layout = await page.evaluate(() => {
      const pager = document.querySelector('.pager');
      const columns = document.querySelector('.pager-columns');
      if (!pager || !columns) throw new Error('no pager');
      return {
        pagerColumns: getComputedStyle(pager).columnCount,
        pagerScrolls: pager.scrollWidth > pager.clientWidth || getComputedStyle(pager).overflowX !== 'visible',
        articleColumns: getComputedStyle(columns).columnCount,
        windowScrolled: window.scrollY > 0,
      };
    });
    expect(layout).toEqual({ pagerColumns: 'auto', pagerScrolls: false, articleColumns: 'auto', windowScrolled: true });
    await expect(page.locator('#p4')).toBeInViewport();
  });
});

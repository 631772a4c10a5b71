import type { Page } from '@playwright/test';
import {
  articleUrl,
  backToLastWords,
  expect,
  installVisiblePage,
  isPositionVisible,
  lineVisibility,
  openReader,
  pageState,
  positionInUrl,
  settle,
  test,
} from './fixtures.ts';

/**
 * Faults a probe found in the reader (issue 10), each pinned by what a person meets: what the screen and
 * the screen reader say, where the keyboard goes, what can be read, what covers what.
 */

const announcement = {
  en: (current: number, total: number) => `Page ${current} of ${total}`,
  ko: (current: number, total: number) => `${total}쪽 중 ${current}쪽`,
} as const;

const liveRegion = (page: Page) => page.locator('.page-controls [aria-live="polite"]');

/** Records every text the live region takes from now on (what a screen reader would be told). */
async function recordAnnouncements(page: Page): Promise<void> {
  await liveRegion(page).evaluate((region) => {
    const said: string[] = [];
    Object.assign(window, { announcements: said });
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

const announcements = (page: Page): Promise<string[]> => page.evaluate(() => Reflect.get(window, 'announcements'));

/** Waits until the page count and page stop changing (re-layouts after a resize or a style change). */
async function steadyState(page: Page): Promise<{ current: number; total: number }> {
  let last = '';
  await expect
    .poll(async () => {
      await settle(page);
      const now = JSON.stringify(await pageState(page));
      const steady = now === last;
      last = now;
      return steady;
    })
    .toBe(true);
  return pageState(page);
}

test.describe('the live announcement states what the screen shows (4)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('nothing is announced while the page loads', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.evaluate(() => document.fonts.ready);
    await steadyState(page);
    await expect(liveRegion(page)).toBeEmpty();
  });

  // A text-size change is one step: the menu is opened and the text made larger once before listening (each
  // step that changes the count is announced, rightly; two steps may be two announcements, depending on the
  // article's length).
  const openTextSize = async (page: Page): Promise<void> => {
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
  };
  for (const [change, language, act, prepare] of [
    ['a text-size change', 'en', (page: Page) => page.getByRole('button', { name: 'Larger text' }).click(), openTextSize],
    ['switching language', 'en', (page: Page) => page.getByRole('link', { name: '한국어' }).click(), null],
    ['rotating the phone', 'ko', (page: Page) => page.setViewportSize({ width: 844, height: 390 }), null],
  ] as const) {
    test(`after ${change}, the announcement says the page and count on screen, once`, async ({ page }) => {
      await openReader(page, articleUrl(language));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(/^3 \//);
      await prepare?.(page);
      await settle(page);
      await recordAnnouncements(page);
      await act(page);
      const shown = await steadyState(page);
      const spoken = (await page.locator('html').getAttribute('lang')) === 'ko' ? announcement.ko : announcement.en;
      await expect(liveRegion(page)).toHaveText(spoken(shown.current, shown.total));
      // Said once: no stale page or count on the way to it.
      expect(await announcements(page)).toEqual([spoken(shown.current, shown.total)]);
    });
  }
});

test.describe('the page count depends on the screen alone (5)', () => {
  test('after End and a tour of screen sizes, count and last page equal a fresh load at each size', async ({ page, browser, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('End');
    await settle(page);
    for (const size of [
      { width: 844, height: 390 },
      { width: 390, height: 844 },
      { width: 390, height: 200 },
      { width: 100, height: 100 },
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      const shown = await steadyState(page);
      const fresh = await browser.newContext({ viewport: size, baseURL });
      const freshPage = await fresh.newPage();
      await openReader(freshPage, articleUrl('en'));
      const expected = await steadyState(freshPage);
      await fresh.close();
      expect(shown.total, `page count at ${size.width}x${size.height}`).toBe(expected.total);
      // A window too short to show a line (100x100) has pages but no text to look for.
      if (size.height < 200) continue;
      await page.keyboard.press('End');
      await expect(page.locator('.page-indicator')).toHaveText(`${expected.total} / ${expected.total}`);
      await settle(page);
      expect((await lineVisibility(page)).visible.length, `the last page at ${size.width}x${size.height} shows text`).toBeGreaterThan(0);
    }
  });
});

/** Where focus is, as a keyboard user sees it: on the visible page (with a ring), in the toolbar, or lost. */
async function focusSeen(page: Page): Promise<string> {
  await settle(page);
  await installVisiblePage(page);
  return page.evaluate(() => {
    const focused = document.activeElement;
    const pager = document.querySelector('.pager');
    const view = window.visiblePage?.();
    if (!(focused instanceof HTMLElement) || !pager || !view) return 'nothing';
    if (focused.closest('.toolbar')) return 'toolbar';
    if (!pager.contains(focused)) return `outside the pages: ${focused.tagName}`;
    // The article itself: its ring is drawn on the pager (its own outline would be clipped off screen).
    const ringOwner = focused.classList.contains('pager-columns') ? getComputedStyle(pager, '::after') : getComputedStyle(focused);
    const ring = ringOwner.outlineStyle !== 'none' && Number.parseFloat(ringOwner.outlineWidth) >= 2;
    if (focused.classList.contains('pager-columns')) return ring ? 'the page, with a ring' : 'the page, without a ring';
    const rect = focused.getBoundingClientRect();
    if (!(rect.width > 0 && view.shows(rect))) return `off the page: ${focused.getAttribute('aria-label') ?? focused.tagName}`;
    return ring ? 'on the page, with a ring' : 'on the page, without a ring';
  });
}

test.describe('Tab stays on the page the reader turned to (6)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const language of ['en', 'ko'] as const) {
    test(`skip link, Enter, two turns, then Tab goes through page 3 and on to the toolbar (${language})`, async ({ page }) => {
      await openReader(page, articleUrl(language));
      const { total } = await pageState(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('#content')).toBeFocused();
      expect.soft(await focusSeen(page)).toBe('the page, with a ring');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(`3 / ${total}`);
      await settle(page);
      const position = positionInUrl(page);
      expect(position.paragraph === 'p1' && position.offset === 0).toBe(false);

      const seen: string[] = [];
      for (let stop = 0; stop < 6 && !seen.includes('toolbar'); stop += 1) {
        await page.keyboard.press('Tab');
        seen.push(await focusSeen(page));
        await expect(page.locator('.page-indicator')).toHaveText(`3 / ${total}`);
      }
      expect(seen.at(-1)).toBe('toolbar');
      for (const stop of seen.slice(0, -1)) expect(stop).toBe('on the page, with a ring');
      expect(positionInUrl(page)).toEqual(position);
      expect(await isPositionVisible(page, position)).toBe(true);
    });

    test(`a link on another page can still be focused (as a screen reader does) and brings its page into view (${language})`, async ({ page }) => {
      await openReader(page, articleUrl(language));
      const { total } = await pageState(page);
      const last = page.locator('.paragraph-share').last();
      await expect(last).toHaveAttribute('tabindex', '-1');
      await last.focus();
      await expect(page.locator('.page-indicator')).toHaveText(`${total} / ${total}`);
      expect(await focusSeen(page)).toBe('on the page, with a ring');
      await expect(last).not.toHaveAttribute('tabindex', '-1');
    });

    test(`an arrow-key turn away from a focused ¶ link leaves focus visible, with a ring (${language})`, async ({ page }) => {
      await openReader(page, articleUrl(language));
      // Skip link, library link, language toggle, Both languages, then the first paragraph's link (on page 1).
      for (let stop = 0; stop < 5; stop += 1) await page.keyboard.press('Tab');
      await expect(page.locator('.paragraph-share').first()).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(/^2 \//);
      expect(await focusSeen(page)).toMatch(/^(on the page|the page), with a ring$/);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(/^3 \//);
      expect(await focusSeen(page)).toMatch(/^(on the page|the page), with a ring$/);
    });
  }
});

test.describe('text spacing applied after load (7, WCAG 1.4.12)', () => {
  // The bookmarklet's <style> element, as a reader's tool injects it (extensions are not bound by the page's
  // CSP), on the article's paragraphs only: spacing on the running head would resize the pages and hide the fault.
  test.use({ viewport: { width: 320, height: 256 }, bypassCSP: true });

  test('paragraph text spacing re-paginates: End shows the last words, and every line is reachable', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    const before = await steadyState(page);
    await page.addStyleTag({
      content:
        'article p { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; margin-bottom: 2em !important; }',
    });
    await expect.poll(async () => (await pageState(page)).total).toBeGreaterThan(before.total);
    const { total } = await steadyState(page);

    await page.keyboard.press('End');
    await expect(page.locator('.page-indicator')).toHaveText(`${total} / ${total}`);
    const lastWords = await page.locator('[data-paragraph]').last().evaluate((element) => {
      const text = element.querySelector('[data-paragraph-text]')?.firstChild?.textContent ?? '';
      return { paragraph: element.getAttribute('data-paragraph') ?? '', offset: text.trimEnd().length - 1 };
    });
    await settle(page);
    // The way on (next article, library) follows the text: on this tiny page (114 px) with the spacing it
    // fills the last pages alone, the library link on the very last; the last words are just before it.
    await expect(page.getByRole('link', { name: 'Back to all articles' })).toBeInViewport();
    await backToLastWords(page, lastWords);
    expect(await isPositionVisible(page, lastWords), 'the article’s last character is on the last page, or just before the way on').toBe(true);

    await page.keyboard.press('Home');
    await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
    await settle(page);
    const first = await lineVisibility(page);
    const allLines = first.visible.length + first.cut.length + first.hiddenCount;
    const seen = new Set<string>();
    for (let current = 1; current <= total; current += 1) {
      if (current > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.page-indicator')).toHaveText(`${current} / ${total}`);
      await settle(page);
      const lines = await lineVisibility(page);
      expect(lines.cut, `lines cut at the edge of page ${current}`).toEqual([]);
      for (const line of lines.visible) seen.add(`${line}#${current}`);
    }
    expect(seen.size, 'every line is on some page').toBe(allLines);
  });
});

test.describe('forced colours (9a)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the progress bar stays visible: its filled part differs from its empty part', async ({ page, context }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    const { current, total } = await pageState(page);
    expect(current / total).toBeGreaterThan(0.1);
    expect(current / total).toBeLessThan(0.9);
    const progress = page.getByRole('progressbar', { name: 'Reading progress' });
    const shot = await progress.screenshot();
    // Decoded on a blank page: the reader's Content-Security-Policy admits no data: images.
    const blank = await context.newPage();
    const colours = await blank.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context2d = canvas.getContext('2d');
      if (!context2d) throw new Error('no canvas');
      context2d.drawImage(bitmap, 0, 0);
      const middle = Math.floor(bitmap.height / 2);
      const at = (fraction: number) => [...context2d.getImageData(Math.floor(bitmap.width * fraction), middle, 1, 1).data].join(',');
      return { filled: at(0.05), empty: at(0.95) };
    }, shot.toString('base64'));
    await blank.close();
    expect(colours.filled, 'the filled part of the bar is drawn').not.toBe(colours.empty);
  });
});

/** Article text lines on the visible page that a box covers. */
async function linesCoveredBy(page: Page, selector: string): Promise<string[]> {
  await installVisiblePage(page);
  return page.evaluate((coverSelector) => {
    const cover = document.querySelector(coverSelector)?.getBoundingClientRect();
    const view = window.visiblePage?.();
    const columns = document.querySelector('.pager-columns');
    if (!cover || !view || !columns) throw new Error('nothing to compare');
    const covered: string[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(columns, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width < 1 || !view.shows(line)) continue;
        const overlaps = line.left < cover.right && line.right > cover.left && line.top < cover.bottom && line.bottom > cover.top;
        if (overlaps) covered.push(`${(node.textContent ?? '').slice(0, 30)}… at y=${Math.round(line.top)}`);
      }
    }
    return covered;
  }, selector);
}

test.describe('sharing when both the share sheet and the clipboard fail (9e)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'canShare', { value: () => true });
      Object.defineProperty(navigator, 'share', { value: () => Promise.reject(new DOMException('No gesture', 'NotAllowedError')) });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Blocked', 'NotAllowedError')) },
      });
    });
  });

  test('the "Copy this link" field is focused and selected, and Dismiss returns focus to Share', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();
    const field = page.getByRole('textbox', { name: 'Copy this link:' });
    await expect(field).toBeFocused();
    const selection = await field.evaluate((input: HTMLInputElement) => ({
      selected: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      value: input.value,
    }));
    expect(selection.selected).toBe(selection.value);
    expect(selection.value).toBe(page.url());
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(field).toHaveCount(0);
    await expect(share).toBeFocused();
  });

  test('the "Copy this link" message covers no text, on a full page or the last one', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('textbox', { name: 'Copy this link:' })).toBeVisible();
    await steadyState(page);
    expect(await linesCoveredBy(page, '.share-status .toast')).toEqual([]);
    await page.keyboard.press('End');
    await steadyState(page);
    expect(await linesCoveredBy(page, '.share-status .toast')).toEqual([]);
  });
});

test.describe('sharing that works (9e)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the "Link copied" confirmation covers no text either', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openReader(page, articleUrl('ko'));
    await page.keyboard.press('ArrowRight');
    await settle(page);
    await page.getByRole('button', { name: '공유' }).click();
    await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toBeVisible();
    await steadyState(page);
    expect(await linesCoveredBy(page, '.share-status .toast')).toEqual([]);
  });
});

test.describe('the settings panel fits the window (9f)', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
    { width: 320, height: 256 },
  ]) {
    for (const [language, open] of [
      ['en', 'Reading settings'],
      ['ko', '읽기 설정'],
    ] as const) {
      test(`open, its box is inside the window at ${viewport.width}x${viewport.height} (${language})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await openReader(page, articleUrl(language));
        await page.getByRole('button', { name: open }).click();
        const box = await page.locator('.settings-panel').boundingBox();
        if (!box) throw new Error('the panel did not open');
        expect(box.y, 'top').toBeGreaterThanOrEqual(0);
        expect(box.x, 'left').toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, 'bottom').toBeLessThanOrEqual(viewport.height);
        expect(box.x + box.width, 'right').toBeLessThanOrEqual(viewport.width);
      });
    }
  }
});

import { readFileSync } from 'node:fs';
import type { Locator, Page, Route } from '@playwright/test';
import { articleUrl, expect, installVisiblePage, openReader, pageState, settle, slug, test } from './fixtures.ts';

/** Skip link, library link, language toggle, Both languages, paragraph 1's ¶, then its peek toggle. */
const tabsToFirstPeekToggle = 6;

/**
 * Peek (issue 13): one paragraph's counterpart opened right below it, in place, by pointer, touch and
 * keyboard; what a person sees and a screen reader hears, and that the page stays where it was.
 */

type Language = 'en' | 'ko';
const dist = process.env.E2E_DIST ?? 'dist';
const contentJson = (language: Language): string => readFileSync(`${dist}/content/${language}/${slug}.json`, 'utf8');
const textOf = (language: Language, key: string): string => {
  const edition = JSON.parse(contentJson(language)) as { paragraphs: { id: string; text: string }[] };
  const paragraph = edition.paragraphs.find((candidate) => candidate.id === key);
  if (!paragraph) throw new Error(`no ${key} in ${language}`);
  return paragraph.text;
};
const contentUrl = (language: Language): string => `**/content/${language}/${slug}.json`;

const labels = {
  en: {
    other: 'ko',
    toggle: (n: number) => `Show paragraph ${n} in Korean`,
    peek: (n: number) => `Paragraph ${n} in Korean`,
    untranslated: 'This paragraph has not been translated yet.',
    loading: 'Loading the Korean text…',
    unavailable: 'The Korean text could not be loaded right now. Check your connection and try again.',
    retry: 'Try again',
  },
  ko: {
    other: 'en',
    toggle: (n: number) => `${n}번째 문단 영어로 보기`,
    peek: (n: number) => `${n}번째 문단 영어판`,
  },
} as const;

const phone = { width: 390, height: 844 };
const desktop = { width: 1440, height: 900 };

/** The number of the first paragraph whose peek toggle is wholly on the page the reader sees. */
async function firstToggleOnPage(page: Page): Promise<number> {
  await settle(page);
  await installVisiblePage(page);
  const index = await page.evaluate(() => {
    const view = window.visiblePage?.();
    const toggles = [...document.querySelectorAll('.paragraph-peek-toggle')];
    return toggles.findIndex((toggle) => view?.shows(toggle.getBoundingClientRect()));
  });
  if (index < 0) throw new Error('no peek toggle on this page');
  return index + 1;
}

/** Whether an element is wholly on the visible page. */
async function onPage(page: Page, locator: Locator): Promise<boolean> {
  await installVisiblePage(page);
  return locator.evaluate((element) => window.visiblePage?.()?.shows(element.getBoundingClientRect()) ?? false);
}

/** The live region that speaks a peek: its text, and the language its counterpart text is marked with. */
function announcer(page: Page): Locator {
  return page.locator('[aria-live="polite"]').filter({ has: page.locator('span[lang]') });
}

for (const [language, viewport, size] of [
  ['en', phone, 'a phone'],
  ['ko', desktop, 'a desktop'],
  ['en', desktop, 'a desktop'],
] as const) {
  test(`on ${size}, ${language === 'en' ? 'in English' : 'in Korean'}, a click opens a paragraph's counterpart below it, announced, and the page stays put`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const label = labels[language];
    // Mid-article: the paragraph peeked is not the first thing on the page.
    await openReader(page, articleUrl(language, '#p3.40'));
    const number = await firstToggleOnPage(page);
    const key = `p${number}`;
    const before = await pageState(page);
    const paragraphText = page.locator(`#${key} [data-paragraph-text]`);
    const toggle = page.getByRole('button', { name: label.toggle(number) });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const peek = page.getByRole('note', { name: label.peek(number) });
    const counterpart = textOf(label.other, key);
    await expect(peek).toHaveText(counterpart);
    const counterpartText = peek.locator(`[lang="${label.other}"]`);
    await expect(counterpartText).toHaveText(counterpart);
    // Korean wraps between words; English, even inside a Korean page, where English may.
    const wordBreak = await counterpartText.evaluate((element) => getComputedStyle(element).wordBreak);
    expect(wordBreak).toBe(label.other === 'ko' ? 'keep-all' : 'normal');
    // Right below its paragraph, inside the paragraph's block (so the anchor stays the paragraph's).
    expect(await peek.evaluate((element) => element.previousElementSibling?.hasAttribute('data-paragraph-text'))).toBe(true);
    await expect(announcer(page)).toHaveText(`${label.peek(number)}: ${counterpart}`);
    await expect(announcer(page).locator('span')).toHaveAttribute('lang', label.other);

    // The page re-laid out (the text grew) and still shows the paragraph where it was, with its toggle.
    await settle(page);
    expect((await pageState(page)).current).toBe(before.current);
    expect(await onPage(page, toggle)).toBe(true);
    const lastLineVisible = await paragraphText.evaluate((element) => {
      const rects = [...element.getClientRects()];
      const last = rects.at(-1);
      return Boolean(last && window.visiblePage?.()?.shows(last));
    });
    expect(lastLineVisible).toBe(true);

    await toggle.click();
    await expect(peek).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await settle(page);
    expect(await pageState(page)).toEqual(before);
  });
}

/**
 * Makes the window shorter from `viewport` until some paragraph's last line is the last line of a page (the
 * foot of the page's last column, with less than a line of room below it), where its peek would start on the
 * next page; returns that paragraph's number. Measured, not assumed: line breaks depend on fonts and window.
 * Each step shortens the window by as little as brings the next paragraph end to a page's foot: a line at
 * distance `y` down column `c` is `c * h + y` into the text, with `h` the column height.
 */
async function paragraphAtPageFoot(page: Page, viewport: { width: number; height: number }): Promise<number> {
  let height = viewport.height;
  for (let attempt = 0; attempt < 30 && height > viewport.height / 2; attempt += 1) {
    await page.setViewportSize({ width: viewport.width, height });
    await settle(page);
    const { found, shorten } = await page.evaluate(() => {
      const columns = document.querySelector<HTMLElement>('.pager-columns');
      if (!columns) throw new Error('no pager');
      const box = columns.getBoundingClientRect();
      const width = Number.parseFloat(columns.style.columnWidth);
      const gap = Number.parseFloat(columns.style.columnGap);
      const perPage = Math.max(1, Math.round((box.width + gap) / (width + gap)));
      const texts = [...document.querySelectorAll<HTMLElement>('[data-paragraph] [data-paragraph-text]')];
      let shortest = Infinity;
      for (const [index, text] of texts.entries()) {
        const last = [...text.getClientRects()].at(-1);
        if (!last) continue;
        const line = Number.parseFloat(getComputedStyle(text).lineHeight);
        const column = Math.floor((last.left - box.left + gap / 2) / (width + gap));
        const room = box.bottom - last.bottom;
        if (column % perPage === perPage - 1 && room < line) return { found: index, shorten: 0 };
        const into = column * box.height + (last.bottom - box.top);
        // The next page foot this line can reach, with half a line of room left.
        for (let foot = column; foot < column + 2 * perPage; foot += 1) {
          if (foot % perPage !== perPage - 1) continue;
          const by = box.height - (into + line / 2) / (foot + 1);
          if (by > 0) shortest = Math.min(shortest, by);
        }
      }
      return { found: -1, shorten: Number.isFinite(shortest) ? shortest : 6 };
    });
    if (found >= 0) return found + 1;
    height -= Math.max(2, Math.round(shorten));
  }
  throw new Error(`no paragraph ends at the foot of a page at ${viewport.width}px wide`);
}

/** Whether the first line of an element's text is wholly on the visible page. */
async function firstLineOnPage(page: Page, locator: Locator): Promise<boolean> {
  await installVisiblePage(page);
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const first = range.getClientRects()[0];
      return Boolean(first && window.visiblePage?.()?.shows(first));
    }
    return false;
  });
}

test('a paragraph that ends at the foot of a page, at a phone and a desktop size, in English and Korean: its peek opens on screen with it, and closing gives the page back', async ({ page }) => {
  // Four sizes and languages, each searched for: more than one ordinary test's time on a busy machine.
  test.setTimeout(120_000);
  for (const [language, viewport] of [
    ['en', phone],
    ['ko', phone],
    ['en', desktop],
    ['ko', desktop],
  ] as const) {
    const label = labels[language];
    await page.setViewportSize(viewport);
    await openReader(page, articleUrl(language));
    const number = await paragraphAtPageFoot(page, viewport);
    const where = `${language}, ${viewport.width}px wide, paragraph ${number}`;
    const toggle = page.getByRole('button', { name: label.toggle(number) });
    // From the first page (the reader may have been brought back to where they left off), forward, as a
    // reader would, to the page where the paragraph ends.
    await page.keyboard.press('Home');
    await settle(page);
    for (let turn = 0; !(await onPage(page, toggle)); turn += 1) {
      if (turn > 10) throw new Error(`${where}: its toggle never came into view`);
      await page.keyboard.press('ArrowRight');
      await settle(page);
    }
    const before = await pageState(page);
    const paragraphText = page.locator(`#p${number} [data-paragraph-text]`);

    await toggle.click();
    const peek = page.getByRole('note', { name: label.peek(number) });
    await expect(peek).toHaveText(textOf(label.other, `p${number}`));
    await settle(page);
    // The paragraph (start, end and toggle) and the start of its counterpart, together on the page shown.
    expect(await firstLineOnPage(page, peek), `${where}: the peek's first line is on screen`).toBe(true);
    expect(await onPage(page, toggle), `${where}: its toggle is on screen`).toBe(true);
    expect(await firstLineOnPage(page, paragraphText), `${where}: the paragraph's first line is on screen`).toBe(true);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(announcer(page)).toHaveText(`${label.peek(number)}: ${textOf(label.other, `p${number}`)}`);

    await page.keyboard.press('Escape');
    await expect(peek).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await settle(page);
    expect(await pageState(page), `${where}: the page it was opened from`).toEqual(before);
    expect(await onPage(page, toggle)).toBe(true);
  }
});

test('from the keyboard, at a phone and a desktop size: Enter opens and closes, Space opens without turning the page, Escape closes; focus stays on the toggle, the announcement speaks Korean', async ({ page }) => {
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    await openReader(page, articleUrl('en'));
    const toggle = page.getByRole('button', { name: labels.en.toggle(1) });
    const peek = page.getByRole('note', { name: labels.en.peek(1) });
    for (let stop = 0; stop < tabsToFirstPeekToggle; stop += 1) await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(peek).toHaveText(textOf('ko', 'p1'));
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(announcer(page)).toHaveText(`${labels.en.peek(1)}: ${textOf('ko', 'p1')}`);
    await expect(announcer(page).locator('span')).toHaveAttribute('lang', 'ko');
    await page.keyboard.press('Enter');
    await expect(peek).toHaveCount(0);
    await expect(toggle).toBeFocused();

    await page.keyboard.press(' ');
    await expect(peek).toBeVisible();
    await settle(page);
    await expect(page.locator('.page-indicator')).toHaveText(/^1 \//);
    expect(await onPage(page, toggle)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(peek).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  }
});

test('with a peek open, Tab goes through the controls the page now shows, then to the toolbar, never turning the page', async ({ page }) => {
  // A tablet: the peek pushes paragraph 3's links from page 1 onto page 2, and the article keeps its two
  // pages (so it is the new content that re-lays out, not a changed page count).
  await page.setViewportSize({ width: 768, height: 1024 });
  await openReader(page, articleUrl('en'));
  const before = await pageState(page);
  for (let stop = 0; stop < tabsToFirstPeekToggle; stop += 1) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: labels.en.toggle(1) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note', { name: labels.en.peek(1) })).toBeVisible();
  await settle(page);
  expect(await pageState(page)).toEqual(before);
  const stops: string[] = [];
  for (let stop = 0; stop < 12; stop += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if (!(await focused.evaluate((element) => element.closest('.pager') !== null))) break;
    stops.push(`${(await focused.getAttribute('aria-label')) ?? ''}${(await onPage(page, focused)) ? '' : ' (off the page)'}`);
  }
  expect((await pageState(page)).current, `Tab stops: ${stops.join(', ')}`).toBe(1);
  expect(stops.filter((stop) => stop.endsWith('(off the page)'))).toEqual([]);
});

test.describe('the other edition', () => {
  test.use({ viewport: desktop, expectedConsoleErrors: [/^Failed to load resource/] });

  test('not loaded yet: the peek says it is loading, then that it failed, and Try again brings the text', async ({ page }) => {
    let release: (route: Route) => void = () => undefined;
    const held = new Promise<Route>((resolve) => {
      release = resolve;
    });
    await page.route(contentUrl('ko'), (route) => release(route));
    await openReader(page, articleUrl('en'));
    await page.getByRole('button', { name: labels.en.toggle(1) }).click();
    const peek = page.getByRole('note', { name: labels.en.peek(1) });
    await expect(peek).toHaveText(labels.en.loading);
    await expect(announcer(page)).toContainText(labels.en.loading);

    await (await held).abort();
    await expect(peek).toContainText(labels.en.unavailable);
    await page.unroute(contentUrl('ko'));
    await peek.getByRole('button', { name: labels.en.retry }).click();
    await expect(peek).toHaveText(textOf('ko', 'p1'));
    await expect(announcer(page)).toContainText(textOf('ko', 'p1'));
  });

  test('Escape from inside the peek (its Try again, after a failed load) closes it and returns focus to the toggle', async ({ page }) => {
    await page.route(contentUrl('ko'), (route) => route.abort());
    await openReader(page, articleUrl('en'));
    const toggle = page.getByRole('button', { name: labels.en.toggle(1) });
    for (let stop = 0; stop < tabsToFirstPeekToggle; stop += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const retry = page.getByRole('note', { name: labels.en.peek(1) }).getByRole('button', { name: labels.en.retry });
    await expect(retry).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(retry).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });

  test('a paragraph the other edition leaves untranslated says so instead', async ({ page }) => {
    // The Korean edition as the content build publishes a paragraph declared untranslated: the original text.
    const korean = JSON.parse(contentJson('ko')) as { paragraphs: { id: string; text: string; language: string; untranslated: boolean }[] };
    for (const paragraph of korean.paragraphs) {
      if (paragraph.id === 'p2') Object.assign(paragraph, { text: textOf('en', 'p2'), language: 'en', untranslated: true });
    }
    await page.route(contentUrl('ko'), (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(korean) }));
    await openReader(page, articleUrl('en'));
    await page.getByRole('button', { name: labels.en.toggle(2) }).click();
    const peek = page.getByRole('note', { name: labels.en.peek(2) });
    await expect(peek).toHaveText(labels.en.untranslated);
    // A message in the reader's language, not text of the other edition.
    expect(await peek.locator('p').evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    await expect(announcer(page)).toHaveText(`${labels.en.peek(2)}: ${labels.en.untranslated}`);
    // A translated paragraph of the same edition still peeks its text.
    await page.getByRole('button', { name: labels.en.toggle(1) }).click();
    await expect(page.getByRole('note', { name: labels.en.peek(1) })).toHaveText(textOf('ko', 'p1'));
    await expect(page.getByRole('note')).toHaveCount(1);
  });
});

test.describe('touch', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  async function swipe(page: Page, from: { x: number; y: number }, toX: number): Promise<void> {
    const session = await page.context().newCDPSession(page);
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let step = 1; step <= 5; step += 1) {
      const x = from.x + ((toX - from.x) * step) / 5;
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from.y + step }] });
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await session.detach();
  }

  test('a swipe that starts on the toggle and a tap on the edge beside it turn the page; a tap on it opens the peek', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    const { total } = await pageState(page);
    expect(total).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    const number = await firstToggleOnPage(page);
    const toggle = page.getByRole('button', { name: labels.en.toggle(number) });
    const box = await toggle.boundingBox();
    const pager = await page.locator('.pager').boundingBox();
    if (!box || !pager) throw new Error('no toggle or pager');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    // Swipe towards the side with room: forward (leftwards) from the right half, back from the left half.
    const forward = centre.x > pager.x + pager.width / 2;
    await swipe(page, centre, forward ? centre.x - 200 : centre.x + 200);
    await expect(page.locator('.page-indicator')).toHaveText(`${forward ? 3 : 1} / ${total}`);
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // Back to page 2, then an edge tap on the toggle's line, on the side the toggle is not.
    await page.keyboard.press(forward ? 'ArrowLeft' : 'ArrowRight');
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await settle(page);
    const edgeX = forward ? pager.x + 8 : pager.x + pager.width - 8;
    await page.touchscreen.tap(edgeX, centre.y);
    await expect(page.locator('.page-indicator')).toHaveText(`${forward ? 1 : 3} / ${total}`);
    await expect(page.getByRole('note')).toHaveCount(0);

    await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await settle(page);
    await page.touchscreen.tap(centre.x, centre.y);
    await expect(page.getByRole('note', { name: labels.en.peek(number) })).toHaveText(textOf('ko', `p${number}`));
    await settle(page);
    expect((await pageState(page)).current).toBe(2);
  });
});

test('printing with a peek open prints the article alone: no peek, no toggles', async ({ page }) => {
  await page.setViewportSize(phone);
  await openReader(page, articleUrl('ko'));
  await page.getByRole('button', { name: labels.ko.toggle(1) }).click();
  await expect(page.getByRole('note', { name: labels.ko.peek(1) })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.paragraph-peek')).toBeHidden();
  for (const toggle of await page.locator('.paragraph-peek-toggle').all()) await expect(toggle).toBeHidden();
  await expect(page.locator('[data-paragraph-text]').first()).toBeVisible();
});

test('in forced colours (Windows high contrast), a pressed toggle looks pressed', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.emulateMedia({ forcedColors: 'active' });
  await openReader(page, articleUrl('en'));
  const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  const pressed = page.getByRole('button', { name: labels.en.toggle(1) });
  const unpressed = page.getByRole('button', { name: labels.en.toggle(2) });
  await pressed.click();
  await expect(pressed).toHaveAttribute('aria-expanded', 'true');
  expect(await background(pressed)).not.toBe(await background(unpressed));
  expect(await background(pressed)).not.toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: phone });

  test('no peek toggle shows, since none could work; the ¶ links still do', async ({ page }) => {
    await page.goto(articleUrl('en'));
    await expect(page.getByRole('link', { name: 'Share paragraph 1' })).toBeVisible();
    await expect(page.locator('.paragraph-peek-toggle')).toHaveCount(4);
    for (const toggle of await page.locator('.paragraph-peek-toggle').all()) await expect(toggle).toBeHidden();
  });
});

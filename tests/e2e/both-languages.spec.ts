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
  slug,
  swipe,
  test,
} from './fixtures.ts';
import { measurePairLayout } from './pairLayout.ts';

/**
 * Both languages at once (issue 13): the view, its link, its settings. Layout is checked at the four
 * screens of the paging tests in one walk, each in the flow's coordinates (pairLayout.ts) and page by page.
 */

const screens = [
  { width: 390, height: 844, layout: 'stacked' },
  { width: 844, height: 390, layout: 'stacked' },
  { width: 768, height: 1024, layout: 'stacked' },
  { width: 1440, height: 900, layout: 'side' },
] as const;

const bothUrl = (language: 'en' | 'ko', fragment = ''): string => articleUrl(language, `?view=both${fragment}`);
const viewToggle = (page: Page, language: 'en' | 'ko') =>
  page.getByRole('button', { name: language === 'en' ? 'Both languages' : '두 언어로 보기' });

/** Opens a both-languages link and waits for the pairs' layout (the prerendered page is one language). */
async function openBoth(page: Page, url: string): Promise<void> {
  await openReader(page, url);
  await expect(page.locator('.pager-columns[data-pair-layout]')).toBeAttached();
}

/** Walks every page with the Next button: no line cut at any edge, every line of both languages seen. */
async function walkEveryPage(page: Page, language: 'en' | 'ko'): Promise<void> {
  await page.keyboard.press('Home');
  const { total } = await pageState(page);
  const all = await lineVisibility(page);
  const lineCount = all.visible.length + all.cut.length + all.hiddenCount;
  const seen = new Set<string>();
  for (let current = 1; current <= total; current += 1) {
    if (current > 1) await page.getByRole('button', { name: language === 'en' ? 'Next page' : '다음 쪽' }).click();
    await expect(page.locator('.page-indicator')).toHaveText(`${current} / ${total}`);
    await settle(page);
    const lines = await lineVisibility(page);
    expect(lines.cut, `lines cut at the edge of page ${current}`).toEqual([]);
    expect(lines.visible.length, `page ${current} shows text`).toBeGreaterThan(0);
    for (const line of lines.visible) seen.add(`${line}#${current}`);
  }
  expect(seen.size, 'every line of both languages on exactly one page').toBe(lineCount);
}

/**
 * A pair taller than any page: the seed's paragraphs fit on one. Added after React's own children (React
 * leaves them alone) before p2, so that a pair follows it; a one-pixel resize re-lays out, as any does.
 */
async function addTallPair(page: Page): Promise<void> {
  await page.evaluate(() => {
    const columns = document.querySelector('.pager-columns');
    const firstText = document.querySelector('[data-paragraph="p1"] .pair-first [data-paragraph-text]')?.firstChild?.textContent;
    const secondText = document.querySelector('[data-paragraph="p1"] .pair-second .paragraph-text')?.textContent;
    if (!columns || !firstText || !secondText) throw new Error('no pairs');
    const pair = document.createElement('div');
    pair.className = 'pair';
    pair.dataset.paragraph = 'tall';
    const side = (className: string, text: string, marked: boolean, lang?: string): HTMLElement => {
      const element = document.createElement('div');
      element.className = className;
      if (lang) element.lang = lang;
      const p = document.createElement('p');
      p.className = 'paragraph-text';
      if (marked) p.dataset.paragraphText = '';
      p.textContent = text;
      element.append(p);
      return element;
    };
    const secondLanguage = document.querySelector('[data-paragraph="p1"] .pair-second')?.getAttribute('lang') ?? '';
    pair.append(side('pair-first', `${firstText} `.repeat(4), true), side('pair-second', `${secondText} `.repeat(3), false, secondLanguage));
    columns.insertBefore(pair, columns.querySelector('[data-paragraph="p2"]'));
  });
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  await page.setViewportSize({ width: size.width, height: size.height - 1 });
  await settle(page);
}

test('pairs start together, side by side on wide screens and interleaved on narrow ones, at every size', async ({ page }) => {
  test.slow();
  await page.setViewportSize(screens[0]);
  await openBoth(page, bothUrl('en'));
  for (const screen of screens) {
    await page.setViewportSize(screen);
    await expect(page.locator('.pager-columns')).toHaveAttribute('data-pair-layout', screen.layout);
    for (const language of ['en', 'ko'] as const) {
      // The toggle swaps the languages in place: the URL's language is the first.
      if ((await page.locator('html').getAttribute('lang')) !== language) await page.locator('.language-toggle').click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(viewToggle(page, language)).toHaveAttribute('aria-pressed', 'true');
      const { total } = await pageState(page);
      const facts = await page.evaluate(measurePairLayout, total);
      expect(facts.problems, `${screen.width}x${screen.height}, ${language} first`).toEqual([]);
      expect(facts.pairs).toBe((await page.locator('.pair[data-paragraph]').count()) + 1);
    }
    await walkEveryPage(page, 'ko');
  }
});

test('a pair taller than a page continues at the top of the next page in both columns, and the next pair follows it', async ({ page }) => {
  for (const screen of [screens[3], screens[0]]) {
    await page.setViewportSize(screen);
    await openBoth(page, bothUrl('en'));
    await addTallPair(page);
    const { total } = await pageState(page);
    const facts = await page.evaluate(measurePairLayout, total);
    expect(facts.problems).toEqual([]);
    expect(facts.continued, 'the added pair runs over more than one page').toBeGreaterThan(0);
    await walkEveryPage(page, 'en');
  }
});

test('the view is a link: shared from a phone, opened on a desktop, after a reload, Back/Forward and continue reading', async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page, articleUrl('en'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const place = positionInUrl(page);
  expect(place.paragraph).not.toBe('p1');

  await viewToggle(page, 'en').click();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.pair-second').first()).toBeVisible();
  await expect.poll(() => isPositionVisible(page, place), { message: 'the paragraph stays on screen' }).toBe(true);
  expect(new URL(page.url()).search).toBe('?view=both');
  // The language toggle's own link (a new tab) swaps the languages and keeps the view.
  await expect(page.locator('.language-toggle')).toHaveAttribute('href', /^\/ko\/articles\/[a-z0-9-]+\/\?view=both#p\d/);
  // A turn records the new place in the URL, still in both languages.
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const shared = page.url();
  const sharedPlace = positionInUrl(page);
  expect(new URL(shared).search).toBe('?view=both');

  const desktop = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openBoth(desktop, shared);
  await expect(viewToggle(desktop, 'en')).toHaveAttribute('aria-pressed', 'true');
  await expect(desktop.locator('.pager-columns')).toHaveAttribute('data-pair-layout', 'side');
  expect(await isPositionVisible(desktop, sharedPlace)).toBe(true);
  await desktop.close();

  await page.reload();
  await expect(page.locator('.reader[data-paged]')).toBeVisible();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'true');
  expect(await isPositionVisible(page, sharedPlace)).toBe(true);

  await page.goBack();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.pair')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  await expect.poll(() => isPositionVisible(page, positionInUrl(page))).toBe(true);
  await page.goForward();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => isPositionVisible(page, sharedPlace)).toBe(true);

  // Continue reading: the plain link resumes at the place, in the view the reader left.
  await openReader(page, articleUrl('en'));
  await expect(page.getByRole('button', { name: 'Start from the beginning' })).toBeVisible();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'true');
  expect(await isPositionVisible(page, sharedPlace)).toBe(true);
});

test('switching the view, swapping, rotating, resizing and text size keep the paragraph on screen', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await openReader(page, articleUrl('ko'));
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await settle(page);
  const start = positionInUrl(page);
  const onScreen = (language: 'en' | 'ko', message: string) =>
    expect
      .poll(async () => {
        const here = positionInUrl(page);
        return here.paragraph === start.paragraph && (await page.locator('html').getAttribute('lang')) === language && (await isPositionVisible(page, here));
      }, { message })
      .toBe(true);

  await viewToggle(page, 'ko').click();
  await onScreen('ko', 'both languages on');
  await page.locator('.language-toggle').click();
  await onScreen('en', 'swapped: English first');
  await page.setViewportSize({ width: 390, height: 844 });
  await onScreen('en', 'rotated');
  await page.setViewportSize({ width: 1440, height: 900 });
  await onScreen('en', 'resized to a desktop, side by side');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await onScreen('en', 'larger text');
  await page.keyboard.press('Escape');
  await viewToggle(page, 'en').click();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'false');
  await onScreen('en', 'both languages off');
});

test('the view is a reader setting: chosen in the menu, it is how a plain link opens next time', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page, articleUrl('ko'));
  await page.getByRole('button', { name: '읽기 설정' }).click();
  await page.getByRole('radio', { name: '두 언어로 보기' }).check();
  await expect(viewToggle(page, 'ko')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.pair-second').first()).toHaveAttribute('lang', 'en');

  await openReader(page, articleUrl('en'));
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await expect(page.getByRole('radio', { name: 'Both languages' })).toBeChecked();
  await page.getByRole('radio', { name: 'One language' }).check();
  await expect(viewToggle(page, 'en')).toHaveAttribute('aria-pressed', 'false');
  await openReader(page, articleUrl('ko'));
  await expect(viewToggle(page, 'ko')).toHaveAttribute('aria-pressed', 'false');
});

test('each language carries its own lang, Korean keeps words whole, and an untranslated paragraph stays marked', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openBoth(page, bothUrl('ko'));
  const facts = await page.evaluate(() =>
    [...document.querySelectorAll('.pair .paragraph-text')].map((p) => ({
      lang: p.closest('[lang]')?.getAttribute('lang'),
      hangul: /[\uac00-\ud7af]/.test(p.textContent ?? ''),
      wordBreak: getComputedStyle(p).wordBreak,
    })),
  );
  expect(facts.length).toBeGreaterThan(2);
  for (const fact of facts) {
    expect(fact.lang).toBe(fact.hangul ? 'ko' : 'en');
    if (fact.hangul) expect(fact.wordBreak).toBe('keep-all');
  }
  await expect(page.locator('.pair-second .article-header')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.pair-second .article-headline')).toHaveText('DPK leader welcomes US-N. Korea talks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('without JavaScript a both-languages link reads as the first language, with a link to the other', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(bothUrl('ko', '#p2'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('더불어민주당 대표, 북미 대화 환영');
  await expect(page.locator('#p2')).toBeVisible();
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', articleUrl('en'));
  await expect(page.locator('.view-toggle')).toBeHidden();
  await context.close();
});

test('link previews of a both-languages link name the article itself', async ({ request }) => {
  const html = await (await request.get(bothUrl('en'))).text();
  const origin = 'http://localhost:4173';
  expect(html).toContain(`<link rel="canonical" href="${origin}/en/articles/${slug}/"/>`);
  expect(html).toContain(`<meta property="og:url" content="${origin}/en/articles/${slug}/"/>`);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('swipes and edge taps turn the pages of both languages as of one', async ({ page }) => {
    await openBoth(page, bothUrl('ko'));
    const { total } = await pageState(page);
    const pager = await page.locator('.pager').boundingBox();
    if (!pager) throw new Error('no pager');
    await page.touchscreen.tap(pager.x + pager.width - 10, pager.y + pager.height / 2);
    await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
    await swipe(page, 80, 320);
    await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
  });
});

import { readFileSync } from 'node:fs';
import { articleUrl, articleUrlOf, expect, isPositionVisible, newestArticleSlug, openReader, test } from './fixtures.ts';

// The captured page the product was specified from (tests/fixtures/seed/README.md).
const seedLines = readFileSync(new URL('../fixtures/seed/article.en.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const seedHeadline = seedLines[1] ?? '';
const seedParagraphs = seedLines.slice(-4);
const koreanHeadline = '더불어민주당 대표, 북미 대화 환영';

test.describe('the seed article, in English and Korean', () => {
  test('the English page shows the section, headline, dates and the four paragraphs verbatim', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedHeadline);
    await expect(page.getByText('Editorial', { exact: true })).toBeVisible();
    await expect(page.locator('time').first()).toHaveAttribute('datetime', '2025-01-23T07:40:00+09:00');
    await expect(page.locator('time').first()).toContainText('January 23, 2025');
    // The text node alone: the paragraph also holds its ¶ share link.
    const paragraphs = await page
      .locator('[data-paragraph-text]')
      .evaluateAll((elements) => elements.map((element) => element.firstChild?.textContent));
    expect(paragraphs).toEqual(seedParagraphs);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(new RegExp(`^${seedHeadline.replace(/[.]/g, '\\.')} \\|`));
  });

  test('한국어 switches in place to the Korean text, and English switches back', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    const toggle = page.getByRole('link', { name: '한국어' });
    await expect(toggle).toHaveAttribute('lang', 'ko');
    await expect(toggle).toHaveAttribute('hreflang', 'ko');
    // Mark the document: a reload would lose the mark, an in-place switch keeps it.
    await page.evaluate(() => document.body.setAttribute('data-same-document', 'yes'));

    await toggle.click();
    await expect(page).toHaveURL(new RegExp(articleUrl('ko')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(koreanHeadline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(new RegExp(`^${koreanHeadline} \\|`));
    await expect(page.getByText('영문판 기사를 번역한 글입니다.')).toBeVisible();
    await expect(page.locator('[data-paragraph-text]')).toHaveCount(4);
    await expect(page.locator('[data-paragraph-text]').first()).toContainText('더불어민주당 이재명 대표는');
    await expect(page.locator('body')).toHaveAttribute('data-same-document', 'yes');

    const back = page.getByRole('link', { name: 'English' });
    await expect(back).toHaveAttribute('lang', 'en');
    await expect(back).toBeFocused();
    await back.click();
    await expect(page).toHaveURL(new RegExp(articleUrl('en')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedHeadline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('body')).toHaveAttribute('data-same-document', 'yes');
  });

  test('the switch is a history entry: Back returns to the other language', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.getByRole('link', { name: '한국어' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(articleUrl('en')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedHeadline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the toggle works from the keyboard and keeps focus', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.getByRole('link', { name: '한국어' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  });

  for (const [language, label] of [
    ['en', 'Go to contents'],
    ['ko', '본문 바로가기'],
  ] as const) {
    test(`the first Tab reaches the skip link "${label}", which moves focus to the article`, async ({ page }) => {
      await openReader(page, articleUrl(language));
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: label });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('#content')).toBeFocused();
    });
  }

  test('Korean text is set in a Korean font, without breaking inside words', async ({ page }) => {
    await openReader(page, articleUrl('ko'));
    const paragraph = page.locator('[data-paragraph-text]').first();
    await expect(paragraph).toHaveAttribute('lang', 'ko');
    const style = await paragraph.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { font: computed.fontFamily, wordBreak: computed.wordBreak };
    });
    expect(style.wordBreak).toBe('keep-all');
    expect(style.font).toMatch(/Noto Serif CJK KR|Noto Serif KR|Nanum Myeongjo|AppleMyungjo|Batang/);
    // The font the page asks for is one this machine actually renders Korean with.
    const rendered = await page.evaluate(() => document.fonts.check('16px "Noto Serif CJK KR"', '한국어'));
    expect(rendered).toBe(true);
  });

  test('the article URL without a trailing slash works too', async ({ page }) => {
    await openReader(page, `/en/articles/dpk-leader-welcomes-us-n-korea-talks`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedHeadline);
  });
});

test.describe('not found', () => {
  // Chromium logs the 404 status of the document itself as a console error: that one is expected.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404/] });

  test('an unknown article gets the not-found page with HTTP 404, in Korean under /ko/', async ({ page }) => {
    const response = await page.goto('/ko/articles/no-such-article/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('link', { name: '첫 화면으로 가기' })).toHaveAttribute('href', '/');
  });
});

test.describe('a second article beside the seed (the test article)', () => {
  test('opens at a paragraph Korean leaves untranslated: the English original, marked, in English; English switches in place', async ({ page }) => {
    const english = JSON.parse(readFileSync(`tests/fixtures/content/en/articles/${newestArticleSlug}.json`, 'utf8')).paragraphs;
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, articleUrlOf(newestArticleSlug, 'ko', '#p8'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('강변 도서관은 밤에도 문을 열어야 한다');
    const p8 = page.locator('[data-paragraph="p8"]');
    await expect(p8.getByText('아직 번역되지 않은 문단입니다. 원문으로 보여 드립니다.')).toBeVisible();
    await expect(p8.locator('[data-paragraph-text]')).toHaveAttribute('lang', 'en');
    await expect(p8.locator('[data-paragraph-text]')).toContainText(english.p8);
    expect(await isPositionVisible(page, { paragraph: 'p8', offset: 0 })).toBe(true);

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(articleUrlOf(newestArticleSlug, 'en')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keep the river library open after dark');
    await expect(page.locator('[data-paragraph="p8"] .untranslated-note')).toHaveCount(0);
    expect(await isPositionVisible(page, { paragraph: 'p8', offset: 0 })).toBe(true);
  });
});

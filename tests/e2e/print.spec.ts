import type { Page } from '@playwright/test';
import { articleUrl, expect, openReader, settle, test } from './fixtures.ts';
import { pdfPages } from './pdfText.ts';

/**
 * Printing an article (issue 10, 8): the whole article as text on paper, headline to last paragraph, with
 * the translation notice on our Korean edition, and none of the screen's controls. Printed from page 2 of
 * a phone-sized window, so the paging engine's inline sizes, transform and clip are all in force.
 */

const controls = {
  en: { toggle: '한국어', next: 'Next page', share: 'Share', settings: 'Reading settings' },
  ko: { toggle: 'English', next: '다음 쪽', share: '공유', settings: '읽기 설정' },
} as const;

async function openOnSecondPage(page: Page, language: 'en' | 'ko'): Promise<void> {
  await openReader(page, articleUrl(language));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.page-indicator')).toHaveText(/^2 \//);
  await settle(page);
}

/** Text compared without white space or hyphens: the printout breaks lines (and may hyphenate) its own way. */
const comparable = (text: string): string => text.replace(/[\s\u00ad-]/g, '');

for (const language of ['en', 'ko'] as const) {
  test.describe(`printing the ${language === 'en' ? 'English' : 'Korean'} article`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('shows every paragraph whole, unclipped, and no controls', async ({ page }) => {
      await openOnSecondPage(page, language);
      await page.emulateMedia({ media: 'print' });

      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.article-dates')).toBeVisible();
      if (language === 'ko') {
        const notice = page.locator('.translation-notice');
        await expect(notice).toBeVisible();
        for (const link of await notice.getByRole('link').all()) await expect(link).toBeVisible();
      }
      const paragraphs = page.locator('[data-paragraph-text]');
      expect(await paragraphs.count()).toBeGreaterThan(1);
      const problems = await paragraphs.evaluateAll((elements) =>
        elements.flatMap((element) => {
          const id = element.closest('[data-paragraph]')?.getAttribute('data-paragraph') ?? '?';
          const found: string[] = [];
          const boxes = element.getClientRects();
          const box = element.getBoundingClientRect();
          if (boxes.length !== 1 || box.height < 1) found.push(`${id} is in ${boxes.length} pieces`);
          if (box.left < 0 || box.right > document.documentElement.clientWidth) found.push(`${id} is outside the page width`);
          for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
            const style = getComputedStyle(ancestor);
            if (style.overflow !== 'visible' || style.clipPath !== 'none' || style.transform !== 'none') {
              found.push(`${id} is clipped or moved by .${ancestor.className}`);
            }
          }
          return found;
        }),
      );
      expect(problems).toEqual([]);

      const label = controls[language];
      await expect(page.locator('.toolbar')).toBeHidden();
      await expect(page.getByRole('link', { name: label.toggle })).toBeHidden();
      await expect(page.getByRole('button', { name: label.next })).toBeHidden();
      await expect(page.getByRole('button', { name: label.share })).toBeHidden();
      await expect(page.getByRole('button', { name: label.settings })).toBeHidden();
      await expect(page.locator('.paragraph-share')).toHaveCount(await paragraphs.count());
      for (const link of await page.locator('.paragraph-share').all()) await expect(link).toBeHidden();
    });

    test('as a PDF, takes more than one sheet and carries all of the text and none of the controls', async ({ page }) => {
      await openOnSecondPage(page, language);
      const expected = await page.evaluate(() => ({
        headline: document.querySelector('h1')?.textContent ?? '',
        notice: document.querySelector('.translation-notice')?.textContent ?? null,
        paragraphs: [...document.querySelectorAll('[data-paragraph-text]')].map((element) => element.firstChild?.textContent ?? ''),
      }));
      const sheets = pdfPages(await page.pdf({ format: 'A6' }));
      expect(sheets.length).toBeGreaterThan(1);
      const printed = comparable(sheets.join(''));
      expect(printed).toContain(comparable(expected.headline));
      if (language === 'ko') expect(printed).toContain(comparable(expected.notice ?? 'a translation notice'));
      for (const text of expected.paragraphs) expect(printed).toContain(comparable(text));
      const whole = sheets.join('\n');
      expect(whole).not.toContain('¶');
      expect(whole).not.toMatch(/\b\d+ \/ \d+\b/);
    });
  });
}

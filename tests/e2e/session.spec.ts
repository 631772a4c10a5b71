import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { articleUrl, expect, openReader, pageState, positionInUrl, settle, slug, test } from './fixtures.ts';

/**
 * The route owns the session: every way into a state (the toggle, Back, Forward, a reload) shows a page wholly
 * in the route's language, at the route's place.
 */

const dist = process.env.E2E_DIST ?? 'dist';
interface PublishedEdition {
  headline: string;
  paragraphs: { id: string; text: string }[];
}
const published = (language: 'en' | 'ko'): PublishedEdition =>
  JSON.parse(readFileSync(`${dist}/content/${language}/${slug}.json`, 'utf8')) as PublishedEdition;
const english = published('en');
const korean = published('ko');

/** What a page says in each language: if any one of these is in the other language, the page is mixed. */
const expected = {
  en: { headline: english.headline, section: 'Editorial', posted: 'Posted', next: 'Next page', share: 'Share', toggle: '한국어' },
  ko: { headline: korean.headline, section: '사설', posted: '입력', next: '다음 쪽', share: '공유', toggle: 'English' },
} as const;

async function expectWhollyIn(page: Page, language: 'en' | 'ko'): Promise<void> {
  const words = expected[language];
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.headline);
  await expect(page).toHaveTitle(new RegExp(`^${words.headline.replace(/[.]/g, '\\.')} \\| `));
  await expect(page.locator('.article-section')).toHaveText(words.section);
  await expect(page.locator('.article-dates span').first()).toContainText(words.posted);
  await expect(page.getByRole('button', { name: words.next })).toBeVisible();
  await expect(page.getByRole('button', { name: words.share })).toBeVisible();
  await expect(page.getByRole('link', { name: words.toggle })).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', language);
  const texts = await page.locator('[data-paragraph-text]').evaluateAll((elements) => elements.map((element) => element.firstChild?.textContent));
  expect(texts).toEqual(published(language).paragraphs.map((paragraph) => paragraph.text));
}

/** The offset a position moves to in the other language: the same fraction of the same paragraph. */
function carried(position: { paragraph: string; offset: number }, from: PublishedEdition, to: PublishedEdition): number {
  const source = from.paragraphs.find((paragraph) => paragraph.id === position.paragraph)?.text ?? '';
  const target = to.paragraphs.find((paragraph) => paragraph.id === position.paragraph)?.text ?? '';
  return Math.round((position.offset / (source.length - 1)) * (target.length - 1));
}

test.describe('one owner for the session', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Back and Forward across language switches give a page wholly in one language, at its place', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const englishPlace = positionInUrl(page);
    expect(englishPlace.paragraph).not.toBe('p1');

    await page.getByRole('link', { name: '한국어' }).click();
    await expectWhollyIn(page, 'ko');
    const koreanPlace = positionInUrl(page);

    await page.goBack();
    await expectWhollyIn(page, 'en');
    expect(positionInUrl(page)).toEqual(englishPlace);

    await page.goForward();
    await expectWhollyIn(page, 'ko');
    expect(positionInUrl(page)).toEqual(koreanPlace);

    await page.getByRole('link', { name: 'English' }).click();
    await expectWhollyIn(page, 'en');
    await page.goBack();
    await expectWhollyIn(page, 'ko');
    await page.goBack();
    await expectWhollyIn(page, 'en');
    expect(positionInUrl(page)).toEqual(englishPlace);
  });

  test('the switch carries the offset proportionally, English to Korean and back', async ({ page }) => {
    // A place inside a paragraph, in both directions: the fraction of the paragraph is what is kept.
    const start = { paragraph: 'p3', offset: 180 };
    await openReader(page, articleUrl('en', `#p3.${start.offset}`));
    await page.getByRole('link', { name: '한국어' }).click();
    await expectWhollyIn(page, 'ko');
    const inKorean = positionInUrl(page);
    expect(inKorean).toEqual({ paragraph: 'p3', offset: carried(start, english, korean) });
    // Not the inverse ratio, which a switch carrying the offset the wrong way would give.
    expect(inKorean.offset).not.toBe(carried(start, korean, english));

    await page.getByRole('link', { name: 'English' }).click();
    await expectWhollyIn(page, 'en');
    expect(positionInUrl(page)).toEqual({ paragraph: 'p3', offset: carried(inKorean, korean, english) });
  });

  test.describe('before the other language is loaded', () => {
    test.use({ expectedConsoleErrors: [/^Failed to load resource/] });

    test('the toggle link carries the place', async ({ page }) => {
      // The other edition never arrives: the link (for a new tab, or a reader without JavaScript) still keeps
      // the paragraph.
      await page.route(`**/content/ko/${slug}.json`, (route) => route.abort());
      await openReader(page, articleUrl('en', '#p4'));
      await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', articleUrl('ko', '#p4'));
    });
  });

  test('a reload opens at the place the reader had reached, in the same language', async ({ page }) => {
    await openReader(page, articleUrl('ko'));
    await page.keyboard.press('End');
    await settle(page);
    const place = positionInUrl(page);
    const { total } = await pageState(page);
    await page.reload();
    await expect(page.locator('.reader[data-paged]')).toBeVisible();
    await expectWhollyIn(page, 'ko');
    expect(positionInUrl(page)).toEqual(place);
    expect(await pageState(page)).toEqual({ current: total, total });
  });
});

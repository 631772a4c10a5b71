import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { catalogIndexSchema, type CatalogEntry } from '../../src/articles/catalogIndex.ts';
import { expect, openReader, pageState, test } from './fixtures.ts';

/**
 * The libraries (/en/, /ko/) and the ways to and from them, for whatever articles the build holds: the list is
 * read from the built catalog index, so these hold with one article or many.
 */
const catalog = catalogIndexSchema.parse(JSON.parse(readFileSync(join(process.env.E2E_DIST ?? 'dist', 'content', 'index.json'), 'utf8')));
const newest = catalog.articles[0];
const oldest = catalog.articles.at(-1);
if (!newest || !oldest) throw new Error('the built catalog lists no article');

const languages = ['en', 'ko'] as const;
type Language = (typeof languages)[number];

const labels = {
  en: {
    title: 'All articles',
    toggle: '한국어',
    running: 'All articles',
    minutes: /^\d+ min read$/,
    translated: 'Translation',
    untranslated: 'Not yet translated: in the original language',
    continue: (current: number, total: number) => `Continue at paragraph ${current} of ${total}`,
    end: 'End of the article',
    noNext: 'This is the oldest article. There is no next one yet.',
    back: 'Back to all articles',
  },
  ko: {
    title: '모든 기사',
    toggle: 'English',
    running: '모든 기사',
    minutes: /^\d+분 분량$/,
    translated: '번역',
    untranslated: '아직 번역되지 않음: 원문으로 보여 드립니다',
    continue: (current: number, total: number) => `${total}문단 중 ${current}문단부터 이어 읽기`,
    end: '기사 끝',
    noNext: '가장 오래된 기사입니다. 다음 기사는 아직 없습니다.',
    back: '모든 기사로 돌아가기',
  },
} as const;

/** Absolute URLs in the head are on the build's SITE_ORIGIN (build:local's), not the test server's. */
const origin = 'http://localhost:4173';
const libraryUrl = (language: Language): string => `/${language}/`;
const articleUrl = (language: Language, slug: string): string => `/${language}/articles/${slug}/`;
const headline = (entry: CatalogEntry, language: Language): string => entry.headlines[language] ?? '';

const sizes = [
  { name: 'phone (320 px)', width: 320, height: 640 },
  { name: 'wide monitor', width: 2560, height: 1200 },
];

/** Hydrated: the app has taken over the prerendered library (the toggle then switches in place). */
async function openLibrary(page: Page, language: Language): Promise<void> {
  await page.goto(libraryUrl(language));
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.waitForFunction(() => document.readyState === 'complete');
}

for (const language of languages) {
  test.describe(`the ${language} library`, () => {
    test('reads with JavaScript off: every article newest first, in one list, with its head tags', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(libraryUrl(language));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels[language].title);
      const main = page.getByRole('main');
      await expect(main.getByRole('list')).toHaveCount(1);
      const items = main.getByRole('listitem');
      await expect(items).toHaveCount(catalog.articles.length);
      // Newest first, each headline a level-2 heading that links to the article in this language.
      await expect(main.getByRole('heading', { level: 2 })).toHaveText(catalog.articles.map((entry) => headline(entry, language)));
      for (const [index, entry] of catalog.articles.entries()) {
        const item = items.nth(index);
        await expect(item.getByRole('link', { name: headline(entry, language) })).toHaveAttribute('href', articleUrl(language, entry.slug));
        await expect(item.locator('time')).toHaveAttribute('datetime', entry.publishedAt);
        await expect(item.getByText(labels[language].minutes)).toBeVisible();
        const summary = entry.summaries[language]?.text ?? '';
        await expect(item.getByText(summary)).toBeVisible();
        const untranslated = entry.untranslated.includes(language);
        await expect(item.getByText(labels[language].untranslated, { exact: true })).toHaveCount(untranslated ? 1 : 0);
        const translated = !untranslated && entry.originalLanguage !== language;
        await expect(item.getByText(labels[language].translated, { exact: true })).toHaveCount(translated ? 1 : 0);
      }

      const head = page.locator('head');
      await expect(page).toHaveTitle(new RegExp(`^${labels[language].title} \\| `));
      await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${libraryUrl(language)}`);
      for (const other of languages) {
        await expect(head.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', `${origin}${libraryUrl(other)}`);
      }
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${origin}/en/`);
      await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', `${origin}${libraryUrl(language)}`);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      // The newest article's preview image, which the build made and the server serves.
      const image = await head.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(new RegExp(`^${origin}/`));
      expect((await page.request.get(new URL(image ?? '').pathname)).status()).toBe(200);
      await context.close();
    });

    test('is axe clean and fits from 320 px to a wide monitor', async ({ page }) => {
      for (const size of sizes) {
        await page.setViewportSize(size);
        await openLibrary(page, language);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`), size.name).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${size.name}: no sideways scrolling`).toBeLessThanOrEqual(0);
        // The text column keeps a readable measure on a wide screen.
        const listWidth = await page.locator('.library-list').evaluate((list) => list.getBoundingClientRect().width);
        expect(listWidth).toBeLessThanOrEqual(size.width);
        if (size.width > 1000) expect(listWidth, 'line length on a wide monitor').toBeLessThan(900);
      }
    });

    test('works with the keyboard: skip link, the toggle, then every article in order', async ({ page }) => {
      await openLibrary(page, language);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveClass(/skip-link/);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveText(labels[language].toggle);
      for (const entry of catalog.articles) {
        await page.keyboard.press('Tab');
        await expect(page.locator(':focus')).toHaveText(headline(entry, language));
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(articleUrl(language, oldest.slug));
    });
  });
}

/** Where every article's entry is and how big: what must not change when the reader's progress appears. */
async function itemBoxes(page: Page): Promise<string[]> {
  return page.locator('.library-item').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect();
      return `${box.x},${box.y} ${box.width}x${box.height}`;
    }),
  );
}

test.describe('progress', () => {
  // The prerendered page's script, held back on purpose.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED/] });

  test('shows where the reader got to, with a link that continues there, without moving anything', async ({ page }) => {
    const [, second] = newest.paragraphKeys;
    if (!second) throw new Error(`${newest.slug} has one paragraph: nothing to continue`);
    // Stored as the reader stores it (src/articles/readingProgress.ts), before the page loads; and every layout
    // shift the page makes from its first paint on, recorded.
    await page.addInitScript(
      ({ slug, paragraph }) => {
        localStorage.setItem(`reader:position:${slug}`, JSON.stringify({ language: 'en', paragraph, offset: 3, view: 'one' }));
        const shifts: number[] = [];
        Reflect.set(window, 'layoutShifts', shifts);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push(Number(Reflect.get(entry, 'value')));
        }).observe({ type: 'layout-shift', buffered: true });
      },
      { slug: newest.slug, paragraph: second },
    );
    const progress = labels.en.continue(2, newest.paragraphKeys.length);
    for (const size of sizes) {
      await page.setViewportSize(size);
      // The page as prerendered (its script held back): no progress, which only this device knows.
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(libraryUrl('en'));
      await expect(page.getByRole('link', { name: progress })).toHaveCount(0);
      const prerendered = await itemBoxes(page);
      await page.unrouteAll();
      await openLibrary(page, 'en');
      const link = page.getByRole('listitem').first().getByRole('link', { name: progress });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `${articleUrl('en', newest.slug)}#${second}.3`);
      // Articles not started here show none.
      await expect(page.locator('.library-progress a')).toHaveCount(1);
      expect(await itemBoxes(page), `${size.name}: every entry where and as big as before`).toEqual(prerendered);
      expect(await page.evaluate(() => Reflect.get(window, 'layoutShifts')), `${size.name}: layout shifts`).toEqual([]);
    }
    await page.getByRole('listitem').first().getByRole('link', { name: progress }).click();
    await expect(page.locator('.reader[data-paged]')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${articleUrl('en', newest.slug)}#${second}`));
  });
});

test('the language toggle goes to the other library in place, and Back returns', async ({ page }) => {
  await openLibrary(page, 'en');
  await page.getByRole('link', { name: labels.en.toggle }).click();
  await expect(page).toHaveURL(libraryUrl('ko'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels.ko.title);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(headline(newest, 'ko'));
  await expect(page).toHaveTitle(new RegExp(`^${labels.ko.title} \\| `));
  await page.goBack();
  await expect(page).toHaveURL(libraryUrl('en'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels.en.title);
});

test('from an article, the running head leads to the library in its language, and back to the article', async ({ page }) => {
  await page.setViewportSize(sizes[0] ?? { width: 320, height: 640 });
  for (const language of languages) {
    await openReader(page, articleUrl(language, newest.slug));
    // At 320 px the library link joins the running head's controls, all on screen.
    for (const control of await page.getByRole('banner').locator('a, button').all()) await expect(control).toBeInViewport({ ratio: 1 });
    await page.getByRole('banner').getByRole('link', { name: labels[language].running }).click();
    await expect(page).toHaveURL(libraryUrl(language));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels[language].title);
    await page.getByRole('link', { name: headline(newest, language) }).click();
    await expect(page.locator('.reader[data-paged]')).toBeVisible();
    await expect(page).toHaveURL(articleUrl(language, newest.slug));
  }
});

test('the last page offers the next (older) article, or says there is none, and the way back to the library', async ({ page }) => {
  for (const language of languages) {
    for (const [index, entry] of catalog.articles.entries()) {
      await openReader(page, articleUrl(language, entry.slug));
      await page.locator('.pager-columns').focus();
      await page.keyboard.press('End');
      await expect.poll(async () => (await pageState(page)).current).toBe((await pageState(page)).total);
      const end = page.getByRole('navigation', { name: labels[language].end });
      await expect(end).toBeInViewport();
      const next = catalog.articles[index + 1];
      if (next) {
        const link = end.getByRole('link', { name: headline(next, language) });
        await expect(link).toHaveAttribute('href', articleUrl(language, next.slug));
      } else {
        await expect(end).toContainText(labels[language].noNext);
      }
    }
    // On from the newest: to the next one (when there is one), then back to the library from its end.
    await openReader(page, articleUrl(language, newest.slug));
    await page.locator('.pager-columns').focus();
    await page.keyboard.press('End');
    const end = page.getByRole('navigation', { name: labels[language].end });
    const next = catalog.articles[1];
    if (next) {
      await end.getByRole('link', { name: headline(next, language) }).click();
      await expect(page).toHaveURL(articleUrl(language, next.slug));
      await expect(page.locator('.reader[data-paged]')).toBeVisible();
      await page.locator('.pager-columns').focus();
      await page.keyboard.press('End');
    }
    await page.getByRole('navigation', { name: labels[language].end }).getByRole('link', { name: labels[language].back }).click();
    await expect(page).toHaveURL(libraryUrl(language));
  }
});

test('the next article shows in the reader\'s language after switching language on the article', async ({ page }) => {
  await openReader(page, articleUrl('en', newest.slug));
  await page.getByRole('link', { name: labels.en.toggle }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const end = page.getByRole('navigation', { name: labels.ko.end });
  const next = catalog.articles[1];
  if (next) await expect(end.getByRole('link', { name: headline(next, 'ko') })).toHaveAttribute('href', articleUrl('ko', next.slug));
  else await expect(end).toContainText(labels.ko.noNext);
  await expect(end.getByRole('link', { name: labels.ko.back })).toHaveAttribute('href', libraryUrl('ko'));
});

for (const [locale, language] of [
  ['ko-KR', 'ko'],
  ['fr-FR', 'en'],
] as const) {
  test(`/ sends a ${locale} browser to the ${language} library`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(libraryUrl(language));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels[language].title);
    await context.close();
  });
}

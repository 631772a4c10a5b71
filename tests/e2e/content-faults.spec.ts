import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { articleUrl, backToLastWords, expect, isPositionVisible, openReader, pageState, positionInUrl, settle, slug, test } from './fixtures.ts';

/**
 * A side file that fails (the article's content JSON, the other language's) never costs the reader the article
 * the server already sent, nor their place in it. Faults are made by routing the requests.
 */

const dist = process.env.E2E_DIST ?? 'dist';
const contentUrl = (language: 'en' | 'ko'): string => `**/content/${language}/${slug}.json`;
const englishJson = readFileSync(`${dist}/content/en/${slug}.json`, 'utf8');
const lastParagraph = (JSON.parse(englishJson) as { paragraphs: { id: string; text: string }[] }).paragraphs.at(-1);

// Chromium logs every failed request, including the ones these tests make fail on purpose.
test.use({ viewport: { width: 390, height: 844 }, expectedConsoleErrors: [/^Failed to load resource/] });

const faults: [string, (route: Route) => Promise<void>][] = [
  ['answers 500', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' })],
  ['is truncated', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: englishJson.slice(0, 300) })],
  ['is not JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>oops</html>' })],
  ['drops the connection', (route) => route.abort('connectionreset')],
  ['answers 404', (route) => route.fulfill({ status: 404, body: 'Not Found' })],
  ['answers 200 with the wrong shape', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"headline":"x"}' })],
];

async function expectWholeArticle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveCount(0);
  await page.keyboard.press('End');
  await settle(page);
  const { current, total } = await pageState(page);
  expect(total).toBeGreaterThan(1);
  expect(current).toBe(total);
  if (!lastParagraph) throw new Error('no paragraphs');
  const lastWords = { paragraph: lastParagraph.id, offset: lastParagraph.text.length - 1 };
  // The last page may be the way on to the next article alone; the last words are then one turn back.
  expect(await backToLastWords(page, lastWords)).toBeLessThanOrEqual(1);
  expect(await isPositionVisible(page, lastWords)).toBe(true);
}

test.describe('the article’s content file fails on the first load', () => {
  for (const [fault, respond] of faults) {
    test(`when it ${fault}, the served article stays whole, usable and at the linked place, and says so`, async ({ page }) => {
      await page.route(contentUrl('en'), respond);
      await openReader(page, articleUrl('en', '#p3'));
      expect(await isPositionVisible(page, { paragraph: 'p3', offset: 0 })).toBe(true);
      const notice = page.getByRole('status').filter({ hasText: 'Part of this page could not be loaded' });
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible();
      await expectWholeArticle(page);
    });
  }

  test('in Korean the notice is in Korean, and Try again clears it once the network is back', async ({ page }) => {
    await page.route('**/content/**', (route) => route.abort('internetdisconnected'));
    await openReader(page, articleUrl('ko'));
    const notice = page.getByRole('status').filter({ hasText: '페이지 일부를 불러오지 못했습니다' });
    await expect(notice).toBeVisible();
    await page.unroute('**/content/**');
    await notice.getByRole('button', { name: '다시 시도' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('the other language cannot be fetched', () => {
  // How the fetch fails, set up before the page opens (so the idle prefetch fails too), then once it is open.
  const failures: [string, (page: Page) => Promise<void>, (page: Page) => Promise<void>][] = [
    [
      'the request is aborted',
      async (page) => {
        await page.route(contentUrl('ko'), (route) => route.abort());
      },
      async () => undefined,
    ],
    [
      'the server answers 500',
      async (page) => {
        await page.route(contentUrl('ko'), (route) => route.fulfill({ status: 500, body: '' }));
      },
      async () => undefined,
    ],
    [
      'the reader is offline',
      async (page) => {
        await page.route(contentUrl('ko'), (route) => route.abort('internetdisconnected'));
      },
      async (page) => {
        await page.context().setOffline(true);
      },
    ],
  ];
  for (const [failure, failBefore, failAfter] of failures) {
    test(`when ${failure}, the switch keeps the reader on their page and says so; Try again switches once it can`, async ({ page }) => {
      await failBefore(page);
      await openReader(page, articleUrl('en'));
      await failAfter(page);
      await page.keyboard.press('End');
      await settle(page);
      const place = positionInUrl(page);
      const before = await pageState(page);
      const url = page.url();

      await page.getByRole('link', { name: '한국어' }).click();
      const notice = page.getByRole('status').filter({ hasText: 'The Korean text could not be loaded right now' });
      await expect(notice).toBeVisible();
      expect(page.url()).toBe(url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await pageState(page)).toEqual(before);
      // The link itself still leads to the same paragraph in Korean.
      await expect(page.getByRole('link', { name: '한국어' })).toHaveAttribute('href', articleUrl('ko', `#${place.paragraph}`));

      await page.context().setOffline(false);
      await page.unroute(contentUrl('ko'));
      await notice.getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      expect(positionInUrl(page).paragraph).toBe(place.paragraph);
      await expect(notice).toHaveCount(0);
    });
  }
});

test('a remembered place in a paragraph the article no longer has opens at the start, silently, and is forgotten', async ({ page }) => {
  await openReader(page, articleUrl('en'));
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ language: 'en', paragraph: 'p99', offset: 40 })),
    `reader:position:${slug}`,
  );
  await page.reload();
  await expect(page.locator('.reader[data-paged]')).toBeVisible();
  await expect(page.getByText('Continuing where you left off.')).toHaveCount(0);
  expect(await pageState(page)).toMatchObject({ current: 1 });
  expect(await page.evaluate((key) => localStorage.getItem(key), `reader:position:${slug}`)).toBeNull();
});

test.describe('a plain static host', () => {
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404/] });

  test('its English not-found page under /ko/ turns Korean without a hydration error', async ({ page }) => {
    // A host without per-folder error pages answers every unknown address with the one English 404.html.
    const englishNotFound = readFileSync(`${dist}/404.html`, 'utf8');
    await page.route('**/ko/articles/no-such-article/', (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: englishNotFound }),
    );
    await page.goto('/ko/articles/no-such-article/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(/^페이지를 찾을 수 없습니다 \| /);
  });
});

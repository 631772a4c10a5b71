import {
  articleUrl,
  expect,
  isPositionVisible,
  openReader,
  pageState,
  positionInUrl,
  settle,
  test,
} from './fixtures.ts';

test.describe('a position link', () => {
  test('made on a phone in Korean opens at the same paragraph in a desktop window', async ({ browser, baseURL }) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, baseURL });
    const phonePage = await phone.newPage();
    await openReader(phonePage, articleUrl('ko'));
    const { total } = await pageState(phonePage);
    for (let turn = 1; turn < Math.ceil(total / 2) + 1; turn += 1) await phonePage.keyboard.press('ArrowRight');
    await settle(phonePage);
    const link = phonePage.url();
    const position = positionInUrl(phonePage);
    expect(link).toMatch(/\/ko\/articles\/[a-z0-9-]+\/#p\d+(\.\d+)?$/);
    await phone.close();

    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL });
    const desktopPage = await desktop.newPage();
    await openReader(desktopPage, link);
    await expect(desktopPage.locator('html')).toHaveAttribute('lang', 'ko');
    expect(await isPositionVisible(desktopPage, position)).toBe(true);
    expect(positionInUrl(desktopPage)).toEqual(position);
    await desktop.close();
  });

  test('reading replaces the URL instead of adding history entries', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, articleUrl('en'));
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#p\d+/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  for (const [fragment, expectedPage] of [
    ['#p99', '1 / '],
    ['#p2.999999999', null],
    ['#%3Cscript%3Ealert(1)%3C/script%3E', '1 / '],
    ['#p-1', '1 / '],
    ['#p3.-5', '1 / '],
  ] as const) {
    test(`a malformed or out-of-range position (${fragment}) opens the article, never an error`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openReader(page, articleUrl('en', fragment));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('DPK leader welcomes US-N. Korea talks');
      if (expectedPage) await expect(page.locator('.page-indicator')).toHaveText(new RegExp(`^${expectedPage}`));
      else expect(await isPositionVisible(page, { paragraph: 'p2', offset: 10_000 })).toBe(true);
    });
  }
});

test.describe('the Share control', () => {
  test('without Web Share, copies the link to the current place and says so, visibly and to screen readers', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.setViewportSize({ width: 390, height: 844 });
    await openReader(page, articleUrl('en'));
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).hash).not.toBe('');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('in Korean, confirms "링크를 복사했습니다"', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openReader(page, articleUrl('ko'));
    await page.getByRole('button', { name: '공유' }).click();
    await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toBeVisible();
  });

  test('uses the Web Share API where the browser offers it, and a cancelled share sheet shows no error', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'canShare', { value: () => true });
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.reject(new DOMException('Share canceled', 'AbortError'));
        },
      });
    });
    await openReader(page, articleUrl('en'));
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => Reflect.get(window, 'shareCalls').length)).toBe(1);
    const shared = await page.evaluate(() => Reflect.get(window, 'shareCalls')[0]);
    expect(shared.url).toBe(page.url());
    expect(shared.title).toBe('DPK leader welcomes US-N. Korea talks');
    await expect(page.locator('.share-status')).toBeEmpty();
  });

  test('a paragraph’s ¶ control shares a link to exactly that paragraph', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.setViewportSize({ width: 1440, height: 900 });
    await openReader(page, articleUrl('en'));
    await page.getByRole('link', { name: 'Share paragraph 3' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(articleUrl('en', '#p3'), baseURL).href);

    await page.goto(copied);
    await expect(page.locator('.reader[data-paged]')).toBeVisible();
    expect(await isPositionVisible(page, { paragraph: 'p3', offset: 0 })).toBe(true);
  });
});

test.describe('continue reading', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('reopening the article without a position resumes where the reader left off, and offers the start', async ({ page }) => {
    await openReader(page, articleUrl('ko'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const left = positionInUrl(page);

    await openReader(page, articleUrl('ko'));
    await expect(page.getByText('지난번에 읽던 곳부터 이어서 보여 드립니다.')).toBeVisible();
    expect(await isPositionVisible(page, left)).toBe(true);
    await page.getByRole('button', { name: '처음부터 읽기' }).click();
    await expect(page.locator('.page-indicator')).toHaveText(/^1 \//);
  });

  test('a shared link’s position wins over the remembered one', async ({ page }) => {
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('End');
    await settle(page);
    await openReader(page, articleUrl('en', '#p2'));
    expect(await isPositionVisible(page, { paragraph: 'p2', offset: 0 })).toBe(true);
    await expect(page.getByText('Continuing where you left off.')).toHaveCount(0);
  });

  test('with storage blocked the reader still works, it just does not remember', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openReader(page, articleUrl('en'));
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.page-indicator')).toHaveText(/^2 \//);
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('radio', { name: 'Sepia' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  });
});

import type { Page } from '@playwright/test';
import { lighthouseMobile, throttle } from '../../scripts/bench/reader/textVisible.ts';
import { articleUrl, articleUrlOf, expect, isPositionVisible, pageState, positionInUrl, swipe, test, testArticleSlug } from './fixtures.ts';

/**
 * A shared passage link opened on a slow phone (Lighthouse's mobile profile, emulated in the test: 150 ms
 * round trips, 1.6 Mbit/s, a CPU four times slower) at 390x844:
 * - the first frame that shows any article text already shows the linked paragraph, and no later frame
 *   moves away from it (README, "Opening a passage link");
 * - pages turn by key and by swipe before React has hydrated (the engine started by the small entry,
 *   src/reader/earlyReader.ts), and React then adopts the engine at the page the reader turned to;
 * - no hydration warning or console error (the fixture), no CSP violation.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Lighthouse's mobile profile, as the bench emulates it (scripts/bench/reader/textVisible.ts). */
async function throttleLikeAPhone(page: Page): Promise<void> {
  await throttle(await page.context().newCDPSession(page), lighthouseMobile);
}

interface FrameRecord {
  /** The frame's time (IntersectionObserver's, the rendering of that frame). */
  time: number;
  /** Paragraph keys on screen in that frame. */
  visible: string[];
}

/**
 * From an init script, before the page's own: every paragraph is watched, as the parser adds it, by an
 * IntersectionObserver, which computes during each frame's rendering (after layout, scrolling and the
 * transform, clipped by the pager) which paragraphs that frame shows. Each change is one record. Also
 * collects CSP violations.
 */
async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: Array<{ time: number; visible: string[] }> = [];
    const violations: string[] = [];
    Object.assign(window, { passageFrames: frames, cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    const visible = new Set<string>();
    const watcher = new IntersectionObserver((entries) => {
      const byTime = new Map<number, IntersectionObserverEntry[]>();
      for (const entry of entries) byTime.set(entry.time, [...(byTime.get(entry.time) ?? []), entry]);
      for (const [time, group] of [...byTime].sort(([a], [b]) => a - b)) {
        for (const entry of group) {
          const key = entry.target.id;
          if (entry.isIntersecting) visible.add(key);
          else visible.delete(key);
        }
        frames.push({ time, visible: [...visible].sort() });
      }
    });
    const watched = new WeakSet<Element>();
    const watchNew = (): void => {
      for (const paragraph of document.querySelectorAll('[data-paragraph]')) {
        if (watched.has(paragraph)) continue;
        watched.add(paragraph);
        watcher.observe(paragraph);
      }
    };
    new MutationObserver(watchNew).observe(document, { childList: true, subtree: true });
  });
}

/**
 * What each painted frame showed, from the first painted one: the observer also computes frames that
 * Chromium renders but does not paint while the page loads, so the records start with the one in effect at
 * the First Contentful Paint (the last one computed before it was presented).
 */
async function paintedFrames(page: Page): Promise<FrameRecord[]> {
  const { records, firstPaint } = await page.evaluate(() => ({
    records: Reflect.get(window, 'passageFrames') as FrameRecord[],
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY,
  }));
  const atFirstPaint = records.findLastIndex((record) => record.time <= firstPaint);
  return records.slice(Math.max(0, atFirstPaint));
}
const cspViolations = (page: Page) => page.evaluate(() => Reflect.get(window, 'cspViolations') as string[]);

/** Requests for `pattern` wait until the returned function is called. */
function holdBack(page: Page, pattern: string): () => void {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  void page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** One more frame for the observer's last report. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Opens `url` (after a blank page, so that a second link to the same article is a new load), records its
 * frames until the app has adopted the engine and a frame after, and checks them: the first frame with
 * article text shows `key` and exactly the paragraphs the engine shows at the end (the same page, aligned),
 * and every frame in between shows `key`.
 */
async function expectLandedFromFirstFrame(page: Page, url: string, key: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('.reader[data-paged]')).toBeAttached({ timeout: 20_000 });
  await nextFrames(page);
  const recorded = (await paintedFrames(page)).filter((frame) => frame.visible.length > 0);
  expect(recorded.length, `${url}: frames that showed article text`).toBeGreaterThan(0);
  const [first] = recorded;
  expect(first?.visible, `${url}: the first frame with article text`).toContain(key);
  expect(first?.visible, `${url}: the first frame shows the page the engine shows`).toEqual(recorded.at(-1)?.visible);
  for (const frame of recorded) expect(frame.visible, `${url}: the frame at ${frame.time.toFixed(0)} ms`).toContain(key);
  expect(await isPositionVisible(page, { paragraph: key, offset: 0 })).toBe(true);
  expect(await cspViolations(page)).toEqual([]);
}

/** Where each paragraph starts, as the engine lays the article out: its page, and its column on that page. */
async function paragraphStarts(page: Page): Promise<Array<{ key: string; page: number; column: number }>> {
  await expect(page.locator('.reader[data-paged]')).toBeAttached();
  return page.evaluate(() => {
    const columns = document.querySelector<HTMLElement>('.pager-columns');
    if (!columns) throw new Error('no pager');
    const style = getComputedStyle(columns);
    const pitch = parseFloat(style.columnWidth) + parseFloat(style.columnGap);
    const perPage = Math.round((columns.clientWidth + parseFloat(style.columnGap)) / pitch);
    const origin = columns.getBoundingClientRect().left;
    return [...document.querySelectorAll<HTMLElement>('[data-paragraph]')].map((paragraph) => {
      const column = Math.round(((paragraph.getClientRects()[0]?.left ?? origin) - origin) / pitch);
      return { key: paragraph.id, page: Math.floor(column / perPage), column: column % perPage };
    });
  });
}

test.describe('two columns a page', () => {
  test.use({ viewport: { width: 1200, height: 680 }, hasTouch: false });
  for (const language of ['en', 'ko'] as const) {
    test(`${language}: links to paragraphs starting in a left-hand and in a right-hand column of a later page land on that page from the first frame`, async ({ page }) => {
      await page.goto(articleUrlOf(testArticleSlug, language));
      const starts = await paragraphStarts(page);
      const left = starts.find((start) => start.page > 0 && start.column === 0);
      const right = starts.find((start) => start.page > 0 && start.column === 1);
      expect(left, `a paragraph starting in a left-hand column after page 1: ${JSON.stringify(starts)}`).toBeDefined();
      expect(right, `a paragraph starting in a right-hand column after page 1: ${JSON.stringify(starts)}`).toBeDefined();
      await throttleLikeAPhone(page);
      await recordFrames(page);
      for (const start of [left, right]) {
        if (start) await expectLandedFromFirstFrame(page, articleUrlOf(testArticleSlug, language, `#${start.key}`), start.key);
      }
    });
  }
});

for (const language of ['en', 'ko'] as const) {
  test(`${language}: a link to the last paragraph shows it in the first frame with text, and it stays`, async ({ page }) => {
    await throttleLikeAPhone(page);
    await recordFrames(page);
    // p4 starts on a later page than p1 at this size, so the first page would show other paragraphs only.
    await expectLandedFromFirstFrame(page, articleUrl(language, '#p4'), 'p4');
  });

  test(`${language}: a link to a place inside a paragraph lands there when the engine starts, and stays`, async ({ page }) => {
    // A place as Share writes it: the start of a page that begins inside a paragraph. No element carries
    // that name, so the browser cannot land it before a script has run (README, "Opening a passage link"):
    // the first frame may show the article's start; the engine then moves once, to the place, and no more.
    await page.goto(articleUrlOf(testArticleSlug, language));
    await expect(page.locator('.reader[data-paged]')).toBeAttached();
    let place = positionInUrl(page);
    for (let turns = 0; turns < 12 && place.offset === 0; turns += 1) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => positionInUrl(page)).not.toEqual(place);
      place = positionInUrl(page);
    }
    expect(place.offset, 'a page that starts inside a paragraph').toBeGreaterThan(0);
    const url = articleUrlOf(testArticleSlug, language, `#${place.paragraph}.${place.offset}`);
    await throttleLikeAPhone(page);
    await recordFrames(page);
    await page.goto('about:blank');
    // The entry's engine lands it, not the app: held back until the place is shown.
    const releaseApp = holdBack(page, '**/assets/startApp-*.js');
    await page.goto(url);
    await expect(page.locator('.pager[data-engine]')).toBeAttached({ timeout: 20_000 });
    await expect.poll(() => isPositionVisible(page, place)).toBe(true);
    await expect(page.locator('.reader[data-paged]')).toHaveCount(0);
    releaseApp();
    await expect(page.locator('.reader[data-paged]')).toBeAttached({ timeout: 20_000 });
    await nextFrames(page);
    const recorded = (await paintedFrames(page)).filter((frame) => frame.visible.length > 0);
    const final = recorded.at(-1)?.visible;
    const landed = recorded.findIndex((frame) => JSON.stringify(frame.visible) === JSON.stringify(final));
    const frames = JSON.stringify(recorded);
    expect(recorded.slice(0, landed).every((frame) => frame.visible.includes('p1')), `${url}: before the place, the start: ${frames}`).toBe(true);
    for (const frame of recorded.slice(landed)) expect(frame.visible, `${url}: the frame at ${frame.time.toFixed(0)} ms: ${frames}`).toEqual(final);
    expect(await isPositionVisible(page, place)).toBe(true);
    expect(positionInUrl(page)).toEqual(place);
    expect(await cspViolations(page)).toEqual([]);
  });
}

test('a key press, the page buttons, an edge tap and a swipe before React has hydrated turn the page, and React takes over at that page', async ({ page }) => {
  await throttleLikeAPhone(page);
  await recordFrames(page);
  // Held back until released: the app's chunk (React and the rest), then the article's content file, which
  // the app waits for before it hydrates (so a turn made then comes after the app read the URL).
  const hold = (pattern: string) => holdBack(page, pattern);
  // A minimal React DevTools hook (what React DOM calls when it loads), to know when the app has run.
  await page.addInitScript(() => {
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        inject: () => {
          Object.assign(window, { reactLoaded: true });
          return 1;
        },
        checkDCE: () => undefined,
        onCommitFiberRoot: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
      },
    });
  });
  const releaseApp = hold('**/assets/startApp-*.js');
  const releaseContent = hold('**/content/en/*.json');
  const releaseCatalog = hold('**/content/index.json');
  await page.goto(articleUrl('en'));
  await expect(page.locator('.pager[data-engine]')).toBeAttached({ timeout: 20_000 });
  const { total } = await pageState(page);
  expect(total).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);

  // Every way to turn a page, before any of the app's code has arrived: a key, the page buttons, an edge tap.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  const pager = await page.locator('.pager').boundingBox();
  if (!pager) throw new Error('no pager');
  await page.touchscreen.tap(pager.x + 10, pager.y + pager.height / 2);
  await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
  await page.touchscreen.tap(pager.x + pager.width - 10, pager.y + pager.height / 2);
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  releaseApp();
  // React DOM announces itself to a DevTools hook when its module runs, and the app starts (reading the URL)
  // as soon as the chunk has run: from then on it waits for the content file. A swipe now.
  await page.waitForFunction(() => Reflect.get(window, 'reactLoaded') === true, undefined, { timeout: 20_000 });
  await swipe(page, 320, 80);
  await expect(page.locator('.page-indicator')).toHaveText(`3 / ${total}`);
  // Not hydrated: no app yet, and the place is recorded in the URL all the same.
  await expect(page.locator('.reader[data-paged]')).toHaveCount(0);
  const place = positionInUrl(page);
  expect(place.paragraph).not.toBe('p1');
  expect(await isPositionVisible(page, place)).toBe(true);

  // The content arrives; the app still waits for the catalog (the way on to the next article). A turn now
  // is the page it must hydrate.
  const contentRead = page.waitForResponse('**/content/en/*.json');
  releaseContent();
  await contentRead;
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  await expect(page.locator('.reader[data-paged]')).toHaveCount(0);
  const turnedTo = positionInUrl(page);
  expect(turnedTo).not.toEqual(place);
  releaseCatalog();
  await expect(page.locator('.reader[data-paged]')).toBeAttached({ timeout: 20_000 });
  await nextFrames(page);
  // Still the second page, the same place, and the app's own controls now turn it.
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  expect(positionInUrl(page)).toEqual(turnedTo);
  expect(await isPositionVisible(page, turnedTo)).toBe(true);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.locator('.page-indicator')).toHaveText(`3 / ${total}`);
  // One turn a key press and one a swipe: no listener of the early engine is left beside React's.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  await swipe(page, 80, 320);
  await expect(page.locator('.page-indicator')).toHaveText(`1 / ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.page-indicator')).toHaveText(`2 / ${total}`);
  // The toggle switches in place (the app's), at the same paragraph.
  const before = positionInUrl(page).paragraph;
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveURL(new RegExp(`/ko/articles/.*#${before}(\\.\\d+)?$`));
  expect(await cspViolations(page)).toEqual([]);
});

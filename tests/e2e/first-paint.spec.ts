import type { Page } from '@playwright/test';
import { articleUrl, expect, test } from './fixtures.ts';
import { startHeldBackServer } from './heldBackServer.ts';

interface LayoutShift {
  value: number;
  /** What moved, as `NAME.class`. */
  nodes: string[];
}

/** Collects the page's layout shifts (Chromium's Layout Instability API) from its very first frame. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; nodes: string[] }> = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }>) {
        const nodes = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `${node.nodeName}.${node.className}` : (node?.nodeName ?? '?')));
        shifts.push({ value: entry.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts up to the engine's take-over and the frame after it. */
async function layoutShiftsOnceTakenOver(page: Page): Promise<LayoutShift[]> {
  await expect(page.locator('.reader[data-paged]')).toBeVisible();
  // Shifts are reported after the frame that shows them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => Reflect.get(window, 'layoutShifts') as LayoutShift[]);
}

/**
 * The prerendered page is painted before any script runs, already as the paged view: the stylesheet
 * approximates the page the engine will lay out (reader.css). When the engine takes over, the text must not
 * move: any difference shows as a layout shift, which Chromium measures (the Cumulative Layout Shift of
 * Core Web Vitals). Sizes: phone, tablet, a small laptop, desktop, short desktop, a wide monitor.
 */
const sizes = [
  [390, 844],
  [820, 1180],
  [1100, 800],
  [1440, 900],
  [1100, 600],
  [2560, 1400],
] as const;

for (const language of ['en', 'ko'] as const) {
  for (const [width, height] of sizes) {
    test(`the ${language} text stays put when the paging engine takes over at ${width}x${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await recordLayoutShifts(page);
      await page.goto(articleUrl(language));
      const shifts = await layoutShiftsOnceTakenOver(page);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.001);
    });
  }
}

test('before the app runs, the first page is already a page: one screenful, the rest of the text hidden', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  // The app never arrives: what shows is the prerendered page and its stylesheet alone.
  await page.route('**/assets/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto(articleUrl('en'));
  const layout = await page.evaluate(() => {
    const pager = document.querySelector('.pager')?.getBoundingClientRect();
    const columns = document.querySelector('.pager-columns');
    if (!pager || !columns) throw new Error('no pager');
    const box = columns.getBoundingClientRect();
    // A point in the margin to the right of the page, halfway down: empty, not the next page's text.
    const marginPoint = document.elementFromPoint(box.right + (pager.right - box.right) / 2, pager.top + pager.height / 2);
    return {
      pageWidth: box.width,
      fontSize: Number.parseFloat(getComputedStyle(columns).fontSize),
      centred: Math.abs(box.left - pager.left - (pager.right - box.right)) <= 1,
      marginShowsText: Boolean(marginPoint?.closest('.pager-columns')),
    };
  });
  expect(layout.pageWidth).toBeCloseTo(38 * layout.fontSize, 0);
  expect(layout.centred).toBe(true);
  expect(layout.marginShowsText).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

/**
 * A page is painted before its HTML is all parsed whenever it arrives in pieces or the parser yields (a busy
 * machine: this is how the test above once failed at 390x844, the toolbar opened but still empty in the
 * first frame, so 44px lower, then jumping up as its buttons arrived). The running head opens the page and
 * the toolbar closes it, after the whole article: a frame can show either without its buttons yet, or the
 * page controls without Share and the settings, and what is there must already stand where it stays. The
 * page is held back at each such point until a frame has been painted, then the rest follows.
 */
test('the running head and the toolbar stay put when a frame is painted before their controls are parsed', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await recordLayoutShifts(page);
  const url = articleUrl('en');
  for (const holdAt of ['<a class="language-toggle"', '<nav class="page-controls"', '<div class="toolbar-end"', '<div class="settings"']) {
    const server = await startHeldBackServer(baseURL ?? '', url, holdAt);
    try {
      await page.goto(server.url(url), { waitUntil: 'commit' });
      // Until the page as far as it has arrived is on screen (reported once presented; `buffered` also gives
      // one from before this ran).
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            new PerformanceObserver((list, observer) => {
              if (!list.getEntriesByName('first-contentful-paint').length) return;
              observer.disconnect();
              resolve();
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      server.release();
      expect(await layoutShiftsOnceTakenOver(page), `held at ${holdAt}`).toEqual([]);
    } finally {
      server.release();
      // Away from its page first: the app may still be fetching (the other edition, the catalog), and a
      // request to a closed server is a console error, which the fixture counts.
      await page.goto('about:blank');
      await server.close();
    }
  }
});

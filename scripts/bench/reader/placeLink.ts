import type { Browser } from 'playwright-core';
import { summarize, type Summary } from '../common/stats.ts';
import { freshLoad, type Throttling } from './textVisible.ts';

/**
 * A link to a place inside a paragraph (`#p3.120`, as Share writes it), opened on a slow phone. No element
 * carries that name, so the browser cannot land it: the first frame shows the article's start, and the
 * engine moves to the place when the entry has run (README, "Opening a passage link"). Measured for
 * information: when the first frame came, and when the place was shown.
 */
export interface PlaceLinkTimes {
  fragment: string;
  firstPaint: Summary;
  placeShown: Summary;
}

/** Finds a place Share would write: the start of the first page that begins inside a paragraph. */
export async function findPlaceInsideParagraph(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.reader[data-paged]').waitFor({ state: 'attached' });
    for (let turn = 0; turn < 40; turn += 1) {
      const fragment = new URL(page.url()).hash;
      if (/^#p\d+\.\d+$/.test(fragment)) return fragment;
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((previous) => window.location.href !== previous, before);
    }
    throw new Error(`${url}: no page starts inside a paragraph at 390x844`);
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page before its own scripts: every frame, whether the engine runs on the pager and has moved
 * its columns (the transform it sets for a page after the first); the first such frame is the place shown.
 */
const probeScript = `(() => {
  const bench = { placeAt: null };
  window.placeBench = bench;
  requestAnimationFrame(function probe(time) {
    const columns = document.querySelector('.pager[data-engine] > .pager-columns');
    if (columns && /translate3d\\(-[1-9]/.test(columns.style.transform)) bench.placeAt = time;
    else requestAnimationFrame(probe);
  });
})();`;

export async function measurePlaceLink(browser: Browser, url: string, runs: number, throttling: Throttling): Promise<Omit<PlaceLinkTimes, 'fragment'>> {
  const firstPaints: number[] = [];
  const shown: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { firstPaint, placeAt } = await freshLoad(browser, url, { initScript: { content: probeScript }, throttling }, async (page) => {
      await page.waitForFunction(() => (Reflect.get(window, 'placeBench') as { placeAt: number | null }).placeAt !== null, undefined, { timeout: 30_000 });
      return page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        placeAt: (Reflect.get(window, 'placeBench') as { placeAt: number }).placeAt,
      }));
    });
    firstPaints.push(firstPaint);
    shown.push(placeAt);
  }
  return { firstPaint: summarize(firstPaints), placeShown: summarize(shown) };
}
